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

export function probeDb(path: string, key: Uint8Array, migrations: readonly Migration[]): ProbedDb {
  const db = openEncryptedDb(path, key);
  try {
    checkSchemaVersion(db, migrations);
    return { db, problems: quickCheck(db) };
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
