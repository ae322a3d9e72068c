import type Database from 'better-sqlite3-multiple-ciphers';
import { GENESIS_HASH, hashEntry, type AuditRow } from './audit';

export interface AuditAnchor {
  readonly seq: number;
  readonly hash: string;
  /** Where the anchor was kept: 'keyfile', 'backup', 'printout'. */
  readonly source: string;
}

export const AUDIT_PROBLEMS = ['edited', 'deleted', 'truncated', 'anchorMismatch'] as const;
export type AuditProblemKind = (typeof AUDIT_PROBLEMS)[number];
export interface AuditProblem {
  readonly kind: AuditProblemKind;
  readonly seq: number;
  readonly source?: string;
}

export interface AuditCheckpoint {
  readonly seq: number;
  readonly hash: string;
}

export interface AuditVerification {
  readonly ok: boolean;
  readonly checked: number;
  readonly head: AuditCheckpoint | null;
  readonly problems: readonly AuditProblem[];
}

/**
 * Recomputes the chain from a checkpoint (incremental: earlier entries were verified before) and
 * compares it with anchors kept outside the database. An edited entry no longer hashes to its
 * stored hash; a deleted one leaves a gap or a broken link; a cut tail leaves an anchor pointing
 * past the end. Stops listing after a bounded number of problems so a wrecked log stays readable.
 */
export function verifyAuditChain(
  db: Database.Database,
  opts: {
    from?: AuditCheckpoint | null;
    anchors?: readonly AuditAnchor[];
    maxProblems?: number;
  } = {},
): AuditVerification {
  const problems: AuditProblem[] = [];
  const maxProblems = opts.maxProblems ?? 100;
  const report = (p: AuditProblem) => {
    if (problems.length < maxProblems) problems.push(p);
  };
  let expectedSeq = (opts.from?.seq ?? 0) + 1;
  let prevHash = opts.from?.hash ?? GENESIS_HASH;
  let checked = 0;
  const hashes = new Map<number, string>();
  const anchorSeqs = new Set((opts.anchors ?? []).map((a) => a.seq));

  const rows = db
    .prepare('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq')
    .iterate(expectedSeq) as IterableIterator<AuditRow>;
  for (const row of rows) {
    checked++;
    if (row.seq !== expectedSeq) report({ kind: 'deleted', seq: expectedSeq });
    const { hash, ...rest } = row;
    if (hashEntry(rest) !== hash) report({ kind: 'edited', seq: row.seq });
    else if (row.prev_hash !== prevHash && row.seq === expectedSeq)
      report({ kind: 'edited', seq: row.seq - 1 });
    else if (row.prev_hash !== prevHash) report({ kind: 'deleted', seq: row.seq });
    if (anchorSeqs.has(row.seq)) hashes.set(row.seq, hash);
    prevHash = hash;
    expectedSeq = row.seq + 1;
  }
  const lastSeq = expectedSeq - 1;
  for (const anchor of opts.anchors ?? []) {
    if (anchor.seq > lastSeq) report({ kind: 'truncated', seq: anchor.seq, source: anchor.source });
    else if (anchor.seq >= (opts.from?.seq ?? 0) + 1 && hashes.get(anchor.seq) !== anchor.hash) {
      report({ kind: 'anchorMismatch', seq: anchor.seq, source: anchor.source });
    }
  }
  return {
    ok: problems.length === 0,
    checked,
    head: lastSeq > 0 ? { seq: lastSeq, hash: prevHash } : (opts.from ?? null),
    problems,
  };
}
