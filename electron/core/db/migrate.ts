import { AppError } from '../errors';
import { fileStamp } from '../fs/stamp';
import { appendAudit } from '../security/audit';
import { userVersion, type Db } from './open';
import { takeSnapshot } from './snapshot';

/**
 * Schema migrations (SECURITY.md §6, ARCHITECTURE.md §3): snapshot first; foreign_keys OFF
 * outside the transaction (the pragma is a no-op inside one); every pending step in one
 * transaction; foreign_key_check empty before commit; user_version set; foreign keys back on.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Db): void;
}

export interface MigrateOptions {
  /** Where and under which key to snapshot a non-empty database before changing it. */
  readonly snapshot?: {
    readonly dir: string;
    readonly key: Uint8Array;
    readonly label: string;
    readonly at: number;
  };
  /** Audit the migration in the same transaction (when the schema has an audit log). */
  readonly audit?: {
    readonly installationId: string;
    readonly actorId: string | null;
    readonly at: number;
  };
}

export interface MigrationResult {
  readonly from: number;
  readonly to: number;
  readonly snapshotPath: string | null;
}

export const latestVersion = (migrations: readonly Migration[]): number =>
  migrations.reduce((max, m) => Math.max(max, m.version), 0);

/** The database's schema version; DB_TOO_NEW (touching nothing) when a newer app wrote it. */
export function checkSchemaVersion(db: Db, migrations: readonly Migration[]): number {
  const v = userVersion(db);
  if (v > latestVersion(migrations))
    throw new AppError('DB_TOO_NEW', {
      params: { found: v, supported: latestVersion(migrations) },
    });
  return v;
}

export function assertRegistry(migrations: readonly Migration[]): void {
  let prev = 0;
  for (const m of migrations) {
    if (!Number.isInteger(m.version) || m.version <= prev || m.version % 10 !== 0) {
      throw new Error(`migration registry out of order at ${m.version}`);
    }
    prev = m.version;
  }
}

const hasTable = (db: Db, name: string): boolean =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !==
  undefined;

export function migrate(
  db: Db,
  migrations: readonly Migration[],
  opts: MigrateOptions = {},
): MigrationResult {
  assertRegistry(migrations);
  const from = checkSchemaVersion(db, migrations);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, snapshotPath: null };
  const to = latestVersion(migrations);

  // An empty new database has nothing worth a snapshot.
  const snap = opts.snapshot;
  const snapshotPath =
    snap && from > 0
      ? takeSnapshot(db, snap.dir, `${snap.label}-v${from}-${fileStamp(snap.at)}.db`, snap.key)
      : null;

  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const m of pending) m.up(db);
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0)
        throw new AppError('INTERNAL', {
          key: 'errors.migrationForeignKeys',
          params: { count: violations.length },
        });
      db.pragma(`user_version = ${to}`);
      if (opts.audit && hasTable(db, 'audit_log')) {
        appendAudit(db, { ...opts.audit, action: 'schema.migrated', details: { from, to } });
      }
    }).immediate();
  } finally {
    db.pragma('foreign_keys = ON');
  }
  if (db.pragma('foreign_keys', { simple: true }) !== 1)
    throw new AppError('INTERNAL', { key: 'errors.dbSettings' });
  return { from, to, snapshotPath };
}
