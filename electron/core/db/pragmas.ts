import { AppError } from '../errors';
import type { Db } from './open';

/**
 * Pragmas set and then read back at every open (SECURITY.md §6). temp_store=MEMORY keeps large
 * sorts from spilling plaintext into temp files; secure_delete overwrites freed pages;
 * synchronous=FULL so an acknowledged write survives a power cut.
 */
export const BUSY_TIMEOUT_MS = 5000;
export const CACHE_SIZE = -65536; // 64 MiB

const EXPECTED: readonly (readonly [string, string | number])[] = [
  ['synchronous', 2],
  ['foreign_keys', 1],
  ['temp_store', 2],
  ['secure_delete', 1],
  ['busy_timeout', BUSY_TIMEOUT_MS],
  ['cache_size', CACHE_SIZE],
];

export function applyPragmas(db: Db, opts: { readOnly?: boolean } = {}): void {
  // Changing the journal mode writes the header; a damaged database opened read-only keeps its own.
  if (!opts.readOnly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('secure_delete = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma(`cache_size = ${CACHE_SIZE}`);
  if (opts.readOnly) db.pragma('query_only = ON');
  verifyPragmas(db, opts);
}

export function verifyPragmas(db: Db, opts: { readOnly?: boolean } = {}): void {
  const wrong: string[] = [];
  if (!opts.readOnly && db.pragma('journal_mode', { simple: true }) !== 'wal')
    wrong.push('journal_mode');
  for (const [name, value] of EXPECTED) {
    if (db.pragma(name, { simple: true }) !== value) wrong.push(name);
  }
  if (wrong.length > 0)
    throw new AppError('INTERNAL', {
      key: 'errors.dbSettings',
      params: { pragmas: wrong.join(',') },
    });
}
