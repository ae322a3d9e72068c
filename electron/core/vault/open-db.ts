import { statSync } from 'node:fs';
import { checkSchemaVersion, migrate, type MigrateOptions, type Migration, type MigrationResult } from '../db/migrate';
import { openEncryptedDb, quickCheck, type Db } from '../db/open';
import { applyPragmas } from '../db/pragmas';
import { toAppError } from '../db/sqlite-errors';

/**
 * Opening happens in two phases so that nothing changes on disk unless every file passed:
 * probe (key check -> DB_DAMAGED, schema version -> DB_TOO_NEW, quick_check) writes nothing;
 * finish (pragmas, snapshot, migrations) runs only once all probes succeeded.
 */
export interface ProbedDb {
  readonly db: Db;
  /** quick_check findings; non-empty means damaged and the vault goes read-only. */
  readonly problems: readonly string[];
}

/**
 * quick_check reads the whole file (about 3 s at 100,000 cases). It runs at the first open in
 * a process; after THIS process closed the database cleanly, an unlock skips it as long as the
 * file is exactly as we left it (same inode, size and modification time) — people unlock many
 * times a day, and nothing else wrote the file in between.
 */
const cleanCloses = new Map<string, string>();
const fingerprint = (path: string): string | null => {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return null;
  }
};

export function rememberCleanClose(path: string): void {
  const f = fingerprint(path);
  if (f) cleanCloses.set(path, f);
}

export function probeDb(path: string, key: Uint8Array, migrations: readonly Migration[]): ProbedDb {
  const unchangedSinceOurClose = cleanCloses.get(path) !== undefined && cleanCloses.get(path) === fingerprint(path);
  cleanCloses.delete(path);
  const db = openEncryptedDb(path, key);
  try {
    checkSchemaVersion(db, migrations);
    return { db, problems: unchangedSinceOurClose ? [] : quickCheck(db) };
  } catch (e) {
    db.close();
    throw toAppError(e);
  }
}

/** Read-only when damaged: no journal-mode change, no migration, query_only. */
export function finishOpen(probed: ProbedDb, migrations: readonly Migration[], readOnly: boolean, opts: MigrateOptions = {}): MigrationResult | null {
  try {
    applyPragmas(probed.db, { readOnly });
    return readOnly ? null : migrate(probed.db, migrations, opts);
  } catch (e) {
    throw toAppError(e);
  }
}
