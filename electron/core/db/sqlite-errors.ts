import { AppError } from '../errors';

/** SQLite error codes that mean "this file is not (or no longer) a database we can read". */
const DAMAGE_CODES = new Set([
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT',
  'SQLITE_CORRUPT_VTAB',
  'SQLITE_CORRUPT_SEQUENCE',
  'SQLITE_CORRUPT_INDEX',
]);

export const sqliteCode = (e: unknown): string | undefined => {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

export const isDamageError = (e: unknown): boolean => DAMAGE_CODES.has(sqliteCode(e) ?? '');

/** Maps driver failures to app errors where we know what they mean; everything else rethrows. */
export function toAppError(e: unknown): unknown {
  if (e instanceof AppError) return e;
  const code = sqliteCode(e);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new AppError('DISK_FULL');
  if (code && DAMAGE_CODES.has(code)) return new AppError('DB_DAMAGED');
  return e;
}
