import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * The append-only audit chain (SECURITY.md §5). Each entry is hashed over a versioned canonical
 * encoding together with the previous entry's hash, so an edit, a deletion or a cut tail shows
 * when the chain is recomputed and compared with anchors kept outside the database (key file,
 * backup manifests, printouts). Entries hold ids, never names or clinical text.
 */
export const AUDIT_ENCODING_VERSION = 1;
export const GENESIS_HASH = '0'.repeat(64);

export type AuditDetailValue = string | number | boolean | null;
export type AuditDetails = Readonly<Record<string, AuditDetailValue>>;

export interface AuditEntryInput {
  readonly at: number;
  readonly installationId: string;
  readonly actorId: string | null;
  readonly action: string;
  readonly objectType?: string | null;
  readonly objectId?: string | null;
  readonly details?: AuditDetails;
}

export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
  readonly at: number;
}

export interface AuditRow {
  readonly seq: number;
  readonly at: number;
  readonly installation_id: string;
  readonly actor_id: string | null;
  readonly action: string;
  readonly object_type: string | null;
  readonly object_id: string | null;
  readonly details: string;
  readonly prev_hash: string;
  readonly hash: string;
  readonly enc_version: number;
}

/** Keys sorted, so the same details always encode to the same bytes. */
export function canonicalDetails(details: AuditDetails | undefined): string {
  const entries = Object.entries(details ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(entries));
}

export function hashEntry(row: Omit<AuditRow, 'hash'>): string {
  if (row.enc_version !== 1) throw new Error('unknown audit encoding');
  const encoded = JSON.stringify([
    row.enc_version,
    row.seq,
    row.at,
    row.installation_id,
    row.actor_id,
    row.action,
    row.object_type,
    row.object_id,
    row.details,
    row.prev_hash,
  ]);
  return createHash('sha256').update(encoded, 'utf8').digest('hex');
}

/**
 * Appends one entry. Runs inside the caller's transaction when there is one (the audit row
 * belongs to the same transaction as the change it records); otherwise opens an IMMEDIATE one so
 * two writers can never both extend the same head.
 */
export function appendAudit(db: Database.Database, input: AuditEntryInput): AuditHead {
  const run = (): AuditHead => {
    const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
      { seq: number; hash: string } | undefined;
    const row: Omit<AuditRow, 'hash'> = {
      seq: (last?.seq ?? 0) + 1,
      at: input.at,
      installation_id: input.installationId,
      actor_id: input.actorId,
      action: input.action,
      object_type: input.objectType ?? null,
      object_id: input.objectId ?? null,
      details: canonicalDetails(input.details),
      prev_hash: last?.hash ?? GENESIS_HASH,
      enc_version: AUDIT_ENCODING_VERSION,
    };
    const hash = hashEntry(row);
    db.prepare(
      `INSERT INTO audit_log (seq, at, installation_id, actor_id, action, object_type, object_id,
         details, prev_hash, hash, enc_version)
       VALUES (@seq, @at, @installation_id, @actor_id, @action, @object_type, @object_id,
         @details, @prev_hash, @hash, @enc_version)`,
    ).run({ ...row, hash });
    return { seq: row.seq, hash, at: row.at };
  };
  return db.inTransaction ? run() : db.transaction(run).immediate();
}

export function auditHead(db: Database.Database): AuditHead | null {
  const row = db.prepare('SELECT seq, hash, at FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    AuditHead | undefined;
  return row ?? null;
}
