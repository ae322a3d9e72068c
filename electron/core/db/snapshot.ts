import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors';
import { fsyncDir, fsyncFile, renameDurable, rethrowDiskFull, tempPathFor } from '../fs/atomic';
import { openEncryptedDb, quickCheck, type Db } from './open';

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** True when the file starts like an unencrypted SQLite database. */
export function looksUnencrypted(path: string): boolean {
  const head = readFileSync(path).subarray(0, 16);
  return head.equals(PLAIN_HEADER);
}

/**
 * Copies a live database with `VACUUM INTO` (the driver's backup API fails on encrypted files)
 * into `dest`: temp name, fsync, verify it opens under `key` and passes quick_check, then rename.
 * The copy keeps the source's key and salt and is not in WAL mode.
 */
export function vacuumCopy(db: Db, dest: string, key: Uint8Array): void {
  const tmp = tempPathFor(dest);
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    fsyncFile(tmp);
    verifyCopy(tmp, key);
    renameDurable(tmp, dest);
  } catch (e) {
    if (existsSync(tmp)) rmSync(tmp, { force: true });
    rethrowDiskFull(e);
  }
}

export function verifyCopy(path: string, key: Uint8Array): void {
  if (looksUnencrypted(path)) throw new AppError('INTERNAL', { key: 'errors.copyNotEncrypted' });
  const copy = openEncryptedDb(path, key);
  try {
    if (quickCheck(copy).length > 0)
      throw new AppError('DB_DAMAGED', { key: 'errors.copyDamaged' });
  } finally {
    copy.close();
  }
}

/** A pre-migration snapshot under `<dataDir>/snapshots/`. */
export function takeSnapshot(db: Db, dir: string, fileName: string, key: Uint8Array): string {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    fsyncDir(join(dir, '..'));
  }
  const dest = join(dir, fileName);
  vacuumCopy(db, dest, key);
  return dest;
}
