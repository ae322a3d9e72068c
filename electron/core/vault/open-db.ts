import {
  checkSchemaVersion,
  migrate,
  type MigrateOptions,
  type Migration,
  type MigrationResult,
} from '../db/migrate';
import { openEncryptedDb, quickCheck, type Db } from '../db/open';
import { applyPragmas } from '../db/pragmas';
import { toAppError } from '../db/sqlite-errors';
import { readCleanClose } from './clean-close';

/**
 * Opening happens in two phases so that nothing changes on disk unless every file passed:
 * probe (key check -> DB_DAMAGED, schema version -> DB_TOO_NEW, quick_check) writes nothing;
 * finish (pragmas, snapshot, migrations) runs only once all probes succeeded.
 */
export interface ProbedDb {
  readonly db: Db;
  /** quick_check findings; non-empty means damaged and the vault goes read-only. */
  readonly problems: readonly string[];
  /** When the whole file was last found sound: now, or the clean-close record's time (ADR 0007). */
  readonly checkedAt: number | null;
}

/**
 * quick_check reads the whole file (about 3 s at 100,000 cases). It is skipped when the last
 * clean close recorded the file exactly as it is now and the last full check is under a week
 * old (ADR 0007, vault/clean-close.ts); after a crash, a copy, a restore or damage it runs.
 */
export function probeDb(
  path: string,
  key: Uint8Array,
  migrations: readonly Migration[],
  now: number,
): ProbedDb {
  const decision = readCleanClose(path, key, now);
  const db = openEncryptedDb(path, key);
  try {
    checkSchemaVersion(db, migrations);
    if (!decision.fullCheck) return { db, problems: [], checkedAt: decision.checkedAt };
    const problems = quickCheck(db);
    return { db, problems, checkedAt: problems.length === 0 ? now : null };
  } catch (e) {
    db.close();
    throw toAppError(e);
  }
}

/** Read-only when damaged: no journal-mode change, no migration, query_only. */
export function finishOpen(
  probed: ProbedDb,
  migrations: readonly Migration[],
  readOnly: boolean,
  opts: MigrateOptions = {},
): MigrationResult | null {
  try {
    applyPragmas(probed.db, { readOnly });
    return readOnly ? null : migrate(probed.db, migrations, opts);
  } catch (e) {
    throw toAppError(e);
  }
}
