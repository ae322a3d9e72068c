import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Clock } from '../clock';
import { MIGRATIONS } from '../db/migrations';
import { latestVersion } from '../db/migrate';
import { integrityCheck, openEncryptedDb, tableCounts, userVersion } from '../db/open';
import { AppError } from '../errors';
import { fsyncDir, fsyncFile, renameDurable } from '../fs/atomic';
import { fileStamp } from '../fs/stamp';
import { appendAudit, auditHead } from '../security/audit';
import { keysFromRecoveryCode } from '../security/code-holders';
import { deriveKey, newKdfParams, PRODUCTION_KDF } from '../security/kdf';
import { readKeyFileAt, writeKeyFileAt } from '../security/keyfile';
import { sealKeyFile, verifyDbMac, verifyStatsMac } from '../security/keyfile-mac';
import { findAccountByUsername, type KeyFile } from '../security/keyfile-schema';
import { unlockAccountKeys, zeroHeldKeys, type HeldKeys } from '../security/seeds';
import { assertSupportedDataDir, type LocationProbe } from '../vault/data-dir';
import { forgetCleanClose } from '../vault/clean-close';
import { vaultPaths, withSidecars, type VaultPaths } from '../vault/paths';
import { ensureKdfSelfTest } from '../vault/self-test';
import { STATS_MIGRATIONS } from '../vault/stats-store';
import { liveKeyFileFromBundle } from './bundle-keys';
import { BUNDLE_FILES, verifyManifest } from './manifest';
import { readBundle, verifyBundleHashes, type Bundle } from './read-bundle';

export interface RestoreOptions {
  readonly dataDir: string;
  /** The bundle folder `eap-desk-backup-…`. */
  readonly from: string;
  readonly clock: Clock;
  /** An administrator of the day of the backup… */
  readonly username?: string;
  readonly passphrase?: string;
  /** …or the recovery code. */
  readonly recoveryCode?: string;
  readonly location?: LocationProbe;
}

export interface RestoreResult {
  readonly databaseId: string;
  readonly backupCreatedAt: string;
  /** Where the files that were replaced now are (null when there were none). */
  readonly replacedDir: string | null;
}

/** DBK and SK from the bundle's own slots: an account created after the backup has none there. */
async function unlockBundle(
  bundle: Bundle,
  opts: RestoreOptions,
): Promise<{ held: HeldKeys; actorId: string | null }> {
  const kf = bundle.keyFile;
  if (opts.recoveryCode !== undefined) {
    const held = await keysFromRecoveryCode(kf, opts.recoveryCode);
    if (!held) throw new AppError('WRONG_PASSPHRASE', { key: 'errors.wrongRecoveryCode' });
    return { held, actorId: null };
  }
  const account =
    opts.username === undefined ? undefined : findAccountByUsername(kf, opts.username);
  if (!account?.privateSeed || account.status !== 'active' || opts.passphrase === undefined) {
    (await deriveKey('eap-desk/no-such-account', newKdfParams(PRODUCTION_KDF))).fill(0);
    throw new AppError('WRONG_PASSPHRASE');
  }
  const held = await unlockAccountKeys(kf, account, opts.passphrase);
  if (!held) throw new AppError('WRONG_PASSPHRASE');
  if (!held.dbk || !held.sk) {
    zeroHeldKeys(held);
    throw new AppError('FORBIDDEN', { key: 'errors.restoreNeedsDatabaseKey' });
  }
  return { held, actorId: account.id };
}

function verifyStagedDb(
  path: string,
  key: Uint8Array,
  expected: Record<string, number>,
  supported: number,
): void {
  const db = openEncryptedDb(path, key);
  try {
    if (userVersion(db) > supported) throw new AppError('DB_TOO_NEW');
    const same = JSON.stringify(tableCounts(db)) === JSON.stringify(expected);
    if (integrityCheck(db).length > 0 || !same)
      throw new AppError('DB_DAMAGED', { key: 'errors.backupDamaged' });
  } finally {
    db.close();
  }
}

/** Moves whatever is in the data folder aside, to `replaced/<time>/`; returns that folder. */
function moveAside(paths: VaultPaths, at: number): string | null {
  // The restored files get their own full check at the next open (ADR 0007).
  forgetCleanClose(paths.db);
  forgetCleanClose(paths.statsDb);
  const present = [
    ...withSidecars(paths.db),
    ...withSidecars(paths.statsDb),
    paths.keyFile,
    paths.keyFilePrev,
    paths.rotating,
  ].filter((f) => existsSync(f));
  if (present.length === 0) return null;
  let dir = join(paths.replaced, fileStamp(at));
  for (let i = 2; existsSync(dir); i++) dir = join(paths.replaced, `${fileStamp(at)}-${i}`);
  mkdirSync(dir, { recursive: true });
  for (const f of present) renameDurable(f, join(dir, basename(f)));
  return dir;
}

/**
 * Restores a bundle. Everything is verified before anything in the data folder changes: the
 * slots unlock, the manifest MAC and hashes match, the staged copies open, pass integrity_check
 * and have the recorded row counts. Then the current files move aside and the restored ones are
 * renamed in. Works when the live database is damaged or missing.
 */
export async function restoreBackup(opts: RestoreOptions): Promise<RestoreResult> {
  assertSupportedDataDir(opts.dataDir, opts.location);
  const bundle = readBundle(opts.from);
  await ensureKdfSelfTest();
  const { held, actorId } = await unlockBundle(bundle, opts);
  const paths = vaultPaths(opts.dataDir);
  const staging = join(opts.dataDir, `.restore-${randomBytes(6).toString('hex')}`);
  try {
    const { dbk, sk } = held as Required<HeldKeys>;
    const tampered = new AppError('DB_DAMAGED', { key: 'errors.backupTampered' });
    if (
      !verifyManifest(bundle.manifest, dbk) ||
      !verifyDbMac(bundle.keyFile, dbk) ||
      !verifyStatsMac(bundle.keyFile, sk)
    )
      throw tampered;
    const src = {
      db: join(opts.from, BUNDLE_FILES.db),
      stats: join(opts.from, BUNDLE_FILES.statsDb),
      slots: join(opts.from, BUNDLE_FILES.keySlots),
    };
    verifyBundleHashes(bundle.manifest, {
      [BUNDLE_FILES.db]: src.db,
      [BUNDLE_FILES.statsDb]: src.stats,
      [BUNDLE_FILES.keySlots]: src.slots,
    });

    // Staged in the data folder itself so the final step is a rename on one volume.
    mkdirSync(staging, { recursive: true });
    const staged = {
      db: join(staging, BUNDLE_FILES.db),
      stats: join(staging, BUNDLE_FILES.statsDb),
    };
    copyFileSync(src.db, staged.db);
    copyFileSync(src.stats, staged.stats);
    fsyncFile(staged.db);
    fsyncFile(staged.stats);
    // Hash what we will actually use, not what was on the medium a moment ago.
    verifyBundleHashes(bundle.manifest, {
      [BUNDLE_FILES.db]: staged.db,
      [BUNDLE_FILES.statsDb]: staged.stats,
    });
    verifyStagedDb(staged.db, dbk, bundle.manifest.rowCounts, latestVersion(MIGRATIONS));
    verifyStagedDb(
      staged.stats,
      sk,
      bundle.manifest.statsRowCounts,
      latestVersion(STATS_MIGRATIONS),
    );

    const live = readKeyFileAt(paths.keyFile);
    const generation =
      Math.max(bundle.keyFile.generation, live.status === 'ok' ? live.keyFile.generation : 0) + 1;
    let kf: KeyFile = await liveKeyFileFromBundle(bundle.keyFile, held, generation);

    const at = opts.clock.now();
    const db = openEncryptedDb(staged.db, dbk);
    try {
      appendAudit(db, {
        at,
        installationId: kf.installationId,
        actorId,
        action: 'backup.restored',
        objectType: 'backup',
        objectId: basename(opts.from),
        details: { backupCreatedAt: bundle.manifest.createdAt, byRecoveryCode: actorId === null },
      });
      kf = sealKeyFile({ ...kf, auditAnchor: auditHead(db) }, { dbk, sk });
    } finally {
      db.close();
    }
    fsyncFile(staged.db);

    const replacedDir = moveAside(paths, at);
    renameDurable(staged.db, paths.db);
    renameDurable(staged.stats, paths.statsDb);
    writeKeyFileAt(paths.keyFile, kf);
    fsyncDir(opts.dataDir);
    return { databaseId: kf.databaseId, backupCreatedAt: bundle.manifest.createdAt, replacedDir };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    zeroHeldKeys(held);
  }
}
