import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic';
import { equalBytes } from '../security/bytes';
import { hkdf32, hmacSha256 } from '../security/symmetric';

/**
 * The clean-close record (ADR 0007). quick_check reads the whole database (about 3 s at 100,000
 * cases); it only finds something when the file changed in a way SQLCipher's per-page MAC
 * cannot see: a crash, a lost write, a copy or restore from outside. So when the app closes a
 * database cleanly it writes, beside it, the file's exact fingerprint and when it was last fully
 * checked; the next open (in this process or the next start of the app) skips the check when:
 * the record's MAC verifies under the database key, the file is exactly as recorded, there is no
 * write-ahead log with frames in it, and the last full check is under a week old.
 *
 * The open that reads the record removes it once every probe passed, before anything is written
 * (vault/open.ts), so a crash while open leaves no record and the next start checks everything;
 * a refused open leaves it, like every other file, as it was. The record names no
 * person and holds no data from the database; it only lets the app skip reading the file.
 */

export const FULL_CHECK_EVERY_MS = 7 * 24 * 60 * 60 * 1000;
const MAC_INFO = 'eap-desk/clean-close/v1';

const recordSchema = z.strictObject({
  v: z.literal(1),
  fingerprint: z.string().max(200),
  checkedAt: z.number().int().nonnegative(),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});

export const cleanClosePath = (dbPath: string): string => `${dbPath}.clean-close.json`;

/** Inode, size and modification/change times in ns: any writer, copy or restore changes one. */
function fingerprint(path: string): string | null {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return null;
  }
}

const macOf = (key: Uint8Array, fp: string, checkedAt: number): Buffer => {
  const sub = hkdf32(key, MAC_INFO);
  try {
    return hmacSha256(sub, `${fp}|${checkedAt}`);
  } finally {
    sub.fill(0);
  }
};

/** A write-ahead log with frames means the file alone is not the database's whole state. */
function walHasFrames(dbPath: string): boolean {
  try {
    return statSync(`${dbPath}-wal`).size > 0;
  } catch {
    return false;
  }
}

export interface CheckDecision {
  /** true: run quick_check now. */
  readonly fullCheck: boolean;
  /** When the whole file was last checked and found sound (if we skip, the recorded time). */
  readonly checkedAt: number | null;
}

/**
 * Reads the record (the caller removes it with forgetCleanClose once the open goes ahead). Any doubt (no record, unreadable, wrong MAC, changed file, a
 * log with frames, older than a week) means a full check: skipping is only ever an optimisation.
 */
export function readCleanClose(dbPath: string, key: Uint8Array, now: number): CheckDecision {
  const recordPath = cleanClosePath(dbPath);
  if (!existsSync(recordPath)) return { fullCheck: true, checkedAt: null };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(recordPath, 'utf8'));
  } catch {
    raw = null;
  }
  const rec = recordSchema.safeParse(raw);
  if (!rec.success) return { fullCheck: true, checkedAt: null };
  const { fingerprint: fp, checkedAt, mac } = rec.data;
  const sound =
    equalBytes(macOf(key, fp, checkedAt), Buffer.from(mac, 'hex')) &&
    fingerprint(dbPath) === fp &&
    !walHasFrames(dbPath) &&
    now >= checkedAt &&
    now - checkedAt < FULL_CHECK_EVERY_MS;
  return sound ? { fullCheck: false, checkedAt } : { fullCheck: true, checkedAt: null };
}

/**
 * After a clean close (the database handle is closed, the log checkpointed away): records the
 * file as it is now. A failure to write only costs the next open a full check, so it is ignored.
 */
export function recordCleanClose(dbPath: string, key: Uint8Array, checkedAt: number): void {
  const fp = fingerprint(dbPath);
  if (!fp || walHasFrames(dbPath)) return;
  const rec = {
    v: 1 as const,
    fingerprint: fp,
    checkedAt,
    mac: macOf(key, fp, checkedAt).toString('hex'),
  };
  try {
    writeFileAtomic(cleanClosePath(dbPath), `${JSON.stringify(rec)}\n`);
  } catch {
    // Disk full or read-only folder: the next open simply checks the whole file.
  }
}

/** Removed when an open goes ahead, and when a restore replaces the database. */
export function forgetCleanClose(dbPath: string): void {
  rmSync(cleanClosePath(dbPath), { force: true });
}
