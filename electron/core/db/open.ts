import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../errors';
import { rawKeyMaterial, zero } from '../security/bytes';
import { sqliteCode, toAppError } from './sqlite-errors';

export type Db = Database.Database;

/**
 * Opens a SQLCipher v4 database with a raw 32-byte key. `PRAGMA key` never fails, so the first
 * real statement is the check: a wrong key and a damaged header both surface as SQLITE_NOTADB
 * there, and we answer DB_DAMAGED (the caller has already ruled out "wrong key file" by salt).
 * Never creates a file unless asked to: after a failure nothing new may appear on disk.
 */
export interface OpenEncryptedOptions {
  /** Allow creating a new file (init, temp copies). */
  readonly create?: boolean;
  /** For a new file: the SQLCipher salt to use (16 bytes), so it is known before the first write. */
  readonly salt?: Uint8Array;
}

export function openEncryptedDb(
  path: string,
  key: Uint8Array,
  opts: OpenEncryptedOptions = {},
): Db {
  if (!opts.create && !existsSync(path))
    throw new AppError('DB_DAMAGED', { key: 'errors.dbMissing' });
  let db: Db;
  try {
    db = new Database(path, { fileMustExist: !opts.create });
  } catch (e) {
    throw toAppError(e);
  }
  const material = rawKeyMaterial(key, opts.create ? opts.salt : undefined);
  try {
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    db.key(material);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (e) {
    db.close();
    const code = sqliteCode(e);
    if (code === 'SQLITE_NOTADB' || code?.startsWith('SQLITE_CORRUPT'))
      throw new AppError('DB_DAMAGED');
    throw toAppError(e);
  } finally {
    zero(material);
  }
}

/** The first 16 bytes of an SQLCipher file are its salt (plain), hex; null if the file is shorter. */
export function readDbSalt(path: string): string | null {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    return readSync(fd, buf, 0, 16, 0) === 16 ? buf.toString('hex') : null;
  } finally {
    closeSync(fd);
  }
}

/** Rows from quick_check / integrity_check other than 'ok'; a read error counts as damage too. */
function check(db: Db, pragma: 'quick_check' | 'integrity_check'): string[] {
  try {
    const rows = db.pragma(pragma) as Record<string, unknown>[];
    return rows.map((r) => String(Object.values(r)[0])).filter((v) => v !== 'ok');
  } catch (e) {
    return [sqliteCode(e) ?? 'check failed'];
  }
}

export const quickCheck = (db: Db): string[] => check(db, 'quick_check');
export const integrityCheck = (db: Db): string[] => check(db, 'integrity_check');

/** Row count of every user table, for verifying copies (backup, rotation). */
export function tableCounts(db: Db): Record<string, number> {
  const names = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const out: Record<string, number> = {};
  for (const n of names)
    out[n] = db
      .prepare(`SELECT count(*) FROM "${n.replaceAll('"', '""')}"`)
      .pluck()
      .get() as number;
  return out;
}

export const userVersion = (db: Db): number =>
  db.pragma('user_version', { simple: true }) as number;
