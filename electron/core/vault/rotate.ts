import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../clock';
import { integrityCheck, openEncryptedDb, readDbSalt, tableCounts, type Db } from '../db/open';
import { applyPragmas } from '../db/pragmas';
import { AppError } from '../errors';
import { fsyncFile, renameDurable } from '../fs/atomic';
import { appendAudit, auditHead } from '../security/audit';
import { rawKeyMaterial, zero } from '../security/bytes';
import { verifyDbMac } from '../security/keyfile-mac';
import type { KeyFile } from '../security/keyfile-schema';
import { newKey, rewrapKey } from '../security/keys';
import { saveGeneration } from './keyfile-store';
import { withSidecars, type VaultPaths } from './paths';
import { VaultHandle, type Vault } from './vault-handle';

export interface RotationResult {
  readonly keyVersion: number;
  /** Pre-migration snapshots removed because they were under the retired key. */
  readonly snapshotsRemoved: number;
}

const isNotSame = (a: Record<string, number>, b: Record<string, number>): boolean =>
  JSON.stringify(a) !== JSON.stringify(b);

/**
 * Writes a verified copy of the database under the new key. Never `PRAGMA rekey` on the live
 * WAL database (it silently corrupts with this driver): VACUUM INTO gives a rollback-journal copy,
 * which is rekeyed with a fresh salt (so the key file generation can be told apart by salt),
 * counted against the live rows, audited and integrity-checked.
 */
function writeRotatedCopy(
  db: Db,
  path: string,
  oldKey: Uint8Array,
  newKeyBytes: Uint8Array,
  audit: Parameters<typeof appendAudit>[1],
) {
  for (const f of withSidecars(path)) rmSync(f, { force: true });
  db.pragma('wal_checkpoint(TRUNCATE)');
  const liveCounts = tableCounts(db);
  db.prepare('VACUUM INTO ?').run(path);
  const salt = randomBytes(16);
  const copy = openEncryptedDb(path, oldKey);
  const material = rawKeyMaterial(newKeyBytes, salt);
  try {
    copy.rekey(material);
  } finally {
    zero(material);
    copy.close();
  }
  const check = openEncryptedDb(path, newKeyBytes);
  try {
    if (isNotSame(tableCounts(check), liveCounts))
      throw new AppError('INTERNAL', { key: 'errors.rotationVerifyFailed' });
    appendAudit(check, audit);
    if (integrityCheck(check).length > 0)
      throw new AppError('INTERNAL', { key: 'errors.rotationVerifyFailed' });
    const head = auditHead(check);
    check.close();
    fsyncFile(path);
    if (readDbSalt(path) !== salt.toString('hex'))
      throw new AppError('INTERNAL', { key: 'errors.rotationVerifyFailed' });
    return { salt: salt.toString('hex'), head };
  } catch (e) {
    if (check.open) check.close();
    throw e;
  }
}

/** Main-database snapshots were under the retired key: a departed holder could still open them. */
function removeOldSnapshots(paths: VaultPaths): number {
  if (!existsSync(paths.snapshots)) return 0;
  const old = readdirSync(paths.snapshots).filter(
    (f) => f.startsWith('eap-desk-v') && f.endsWith('.db'),
  );
  for (const f of old) rmSync(join(paths.snapshots, f), { force: true });
  return old.length;
}

/**
 * Rotates DBK (a key holder left, or on request). Crash-safe: until the new key file is written
 * the old pair is untouched; after it, the key file keeps the old generation as `prev`, and an
 * open finds the generation whose salt matches the database on disk (vault/resolve-keyfile.ts).
 */
export async function rotateDatabaseKey(
  vault: Vault,
  opts: { clock: Clock },
): Promise<RotationResult> {
  if (!(vault instanceof VaultHandle)) throw new AppError('INTERNAL');
  if (vault.readOnly) throw new AppError('READ_ONLY');
  const db = vault.db;
  const { dbk, sk } = vault.keys;
  if (!db || !dbk || !sk) throw new AppError('FORBIDDEN', { key: 'errors.keyNotHeld' });
  const loaded = vault.keyFile();
  // Every public key we are about to wrap the new DBK to must be the one DBK holders approved.
  if (!verifyDbMac(loaded, dbk))
    throw new AppError('KEYFILE_MISMATCH', { key: 'errors.keyfileTampered' });

  const next = newKey();
  const rewrapped = await rewrapKey(loaded, 'dbk', next);
  const version = rewrapped.keyVersions.dbk;
  const paths = vault.paths;
  const audit = {
    at: opts.clock.now(),
    installationId: loaded.installationId,
    actorId: vault.account?.id ?? null,
    action: 'key.rotated',
    objectType: 'key',
    objectId: 'dbk',
    details: { keyVersion: version },
  };

  let written: { salt: string; head: ReturnType<typeof auditHead> };
  try {
    written = writeRotatedCopy(db, paths.rotating, dbk, next, audit);
  } catch (e) {
    for (const f of withSidecars(paths.rotating)) rmSync(f, { force: true });
    zero(next);
    throw e;
  }

  const withCopy: KeyFile = {
    ...rewrapped,
    binding: { ...rewrapped.binding, dbSalt: written.salt },
    auditAnchor: written.head,
  };
  db.close();
  let saved: KeyFile;
  try {
    saved = saveGeneration(paths, loaded, withCopy, { dbk: next, sk });
  } catch (e) {
    // Nothing swapped yet: go on with the old database and key.
    rmSync(paths.rotating, { force: true });
    vault.replaceMainDb(reopen(paths.db, dbk), Buffer.from(dbk), loaded);
    zero(next);
    throw e;
  }
  // From here the key file says "new"; its previous generation still opens the old file.
  try {
    for (const f of withSidecars(paths.db).slice(1)) rmSync(f, { force: true });
    renameDurable(paths.rotating, paths.db);
  } catch (e) {
    // Not swapped (e.g. the file is locked): keep working on the old file; the next open
    // resolves the generations by salt. Further key file saves refuse until then.
    vault.replaceMainDb(reopen(paths.db, dbk), Buffer.from(dbk), loaded);
    zero(next);
    throw e;
  }
  vault.replaceMainDb(reopen(paths.db, next), next, saved);
  return { keyVersion: version, snapshotsRemoved: removeOldSnapshots(paths) };
}

function reopen(path: string, key: Uint8Array): Db {
  const db = openEncryptedDb(path, key);
  applyPragmas(db);
  return db;
}
