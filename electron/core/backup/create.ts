import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../clock';
import {
  integrityCheck,
  openEncryptedDb,
  readDbSalt,
  tableCounts,
  userVersion,
  type Db,
} from '../db/open';
import { vacuumCopy } from '../db/snapshot';
import { AppError } from '../errors';
import { fsyncDir, renameDurable, writeFileAtomic } from '../fs/atomic';
import { sha256File } from '../fs/hash';
import { fileStamp } from '../fs/stamp';
import { appendAudit, auditHead } from '../security/audit';
import { serialiseKeyFile } from '../security/keyfile';
import { APP_VERSION } from '../version';
import type { Vault } from '../vault/vault-handle';
import { bundleKeyFile } from './bundle-keys';
import { BACKUP_FORMAT, BUNDLE_FILES, signManifest, type BackupManifest } from './manifest';

export interface CreateBackupOptions {
  readonly vault: Vault;
  /** The folder that receives the bundle folder (e.g. a USB drive chosen in a native dialog). */
  readonly toDir: string;
  readonly clock: Clock;
}

export interface BackupResult {
  readonly bundlePath: string;
  readonly manifest: BackupManifest;
}

function uniqueBundleName(toDir: string, at: number): string {
  const base = `eap-desk-backup-${fileStamp(at)}`;
  let name = base;
  for (let i = 2; existsSync(join(toDir, name)) || existsSync(join(toDir, `.${name}.partial`)); i++)
    name = `${base}-${i}`;
  return name;
}

function inspectCopy(
  path: string,
  key: Uint8Array,
): { counts: Record<string, number>; version: number; db: Db } {
  const db = openEncryptedDb(path, key);
  if (integrityCheck(db).length > 0) {
    db.close();
    throw new AppError('DB_DAMAGED', { key: 'errors.copyDamaged' });
  }
  return { counts: tableCounts(db), version: userVersion(db), db };
}

/**
 * A backup bundle: integrity_check first, VACUUM INTO copies (encrypted as the originals),
 * the bundle's key slots, and a manifest MAC'd under DBK. Built in a hidden `.partial` folder and
 * renamed into place, so a half-written bundle never looks like a backup.
 */
export function createBackup(opts: CreateBackupOptions): BackupResult {
  const { vault } = opts;
  const db = vault.db;
  const { dbk, sk } = vault.keys;
  if (!db || !dbk || !sk) throw new AppError('FORBIDDEN', { key: 'errors.keyNotHeld' });
  if (vault.readOnly || integrityCheck(db).length > 0)
    throw new AppError('DB_DAMAGED', { key: 'errors.backupSourceDamaged' });

  const at = opts.clock.now();
  mkdirSync(opts.toDir, { recursive: true });
  const name = uniqueBundleName(opts.toDir, at);
  const partial = join(opts.toDir, `.${name}.partial`);
  const bundlePath = join(opts.toDir, name);
  mkdirSync(partial);
  try {
    const dbCopy = join(partial, BUNDLE_FILES.db);
    const statsCopy = join(partial, BUNDLE_FILES.statsDb);
    vacuumCopy(db, dbCopy, dbk);
    vacuumCopy(vault.statsDb, statsCopy, sk);
    const main = inspectCopy(dbCopy, dbk);
    const head = auditHead(main.db);
    main.db.close();
    const stats = inspectCopy(statsCopy, sk);
    stats.db.close();

    const kf = vault.keyFile();
    if (
      readDbSalt(dbCopy) !== kf.binding.dbSalt ||
      readDbSalt(statsCopy) !== kf.binding.statsSalt
    ) {
      throw new AppError('INTERNAL', { key: 'errors.copyDamaged' });
    }
    const slotsPath = join(partial, BUNDLE_FILES.keySlots);
    writeFileAtomic(slotsPath, serialiseKeyFile(bundleKeyFile(kf, { dbk, sk }, head)));

    const manifest = signManifest(
      {
        format: BACKUP_FORMAT,
        version: 1,
        createdAt: new Date(at).toISOString(),
        appVersion: APP_VERSION,
        schemaVersion: main.version,
        statsSchemaVersion: stats.version,
        databaseId: kf.databaseId,
        installationId: kf.installationId,
        keyVersions: kf.keyVersions,
        rowCounts: main.counts,
        statsRowCounts: stats.counts,
        auditHead: head,
        files: {
          [BUNDLE_FILES.db]: sha256File(dbCopy),
          [BUNDLE_FILES.statsDb]: sha256File(statsCopy),
          [BUNDLE_FILES.keySlots]: sha256File(slotsPath),
        },
      },
      dbk,
    );
    writeFileAtomic(join(partial, BUNDLE_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
    fsyncDir(partial);
    renameDurable(partial, bundlePath);
    // Audited in the live database after the bundle exists, so the log never claims a backup that failed.
    appendAudit(db, {
      at,
      installationId: kf.installationId,
      actorId: vault.account?.id ?? null,
      action: 'backup.created',
      objectType: 'backup',
      objectId: name,
      details: { auditSeq: head?.seq ?? 0, schemaVersion: main.version },
    });
    return { bundlePath, manifest };
  } catch (e) {
    rmSync(partial, { recursive: true, force: true });
    throw e;
  }
}
