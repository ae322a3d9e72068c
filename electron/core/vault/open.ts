import type { Clock } from '../clock';
import { MIGRATIONS } from '../db/migrations';
import { AppError } from '../errors';
import { zero } from '../security/bytes';
import { UnwrapError } from '../security/hpke';
import { deriveKey, newKdfParams, PRODUCTION_KDF } from '../security/kdf';
import { writeKeyFileAt } from '../security/keyfile';
import { sealKeyFile, verifyDbMac, verifyStatsMac } from '../security/keyfile-mac';
import {
  findAccountByUsername,
  type KeyFile,
  type KeyFileAccount,
} from '../security/keyfile-schema';
import { keysFromRecoveryCode } from '../security/code-holders';
import { isServiceRole } from '../security/keys';
import { unlockAccountKeys, zeroHeldKeys, type HeldKeys } from '../security/seeds';
import { flushAuthEvents } from './auth-events';
import { saveGeneration, writeCountersOnly } from './keyfile-store';
import {
  activeLockUntil,
  clearFailures,
  recordFailure,
  recordLockedAttempt,
} from './login-failures';
import { forgetCleanClose } from './clean-close';
import { finishOpen, probeDb, type ProbedDb } from './open-db';
import { vaultPaths, type VaultPaths } from './paths';
import { resolveKeyFile, type ResolvedKeyFile } from './resolve-keyfile';
import { ensureKdfSelfTest } from './self-test';
import { STATS_MIGRATIONS } from './stats-store';
import { VaultHandle, type Vault } from './vault-handle';

export interface OpenVaultOptions {
  readonly dataDir: string;
  readonly clock: Clock;
  readonly username: string;
  readonly passphrase: string;
}

const lockedError = (until: number) =>
  new AppError('ACCOUNT_LOCKED', { params: { until: new Date(until).toISOString() } });

/** An unknown name costs the same KDF work as a known one, so timing does not reveal names. */
async function equaliseTiming(kf: KeyFile): Promise<void> {
  const sample = kf.accounts.find((a) => a.privateSeed)?.privateSeed?.kdf ?? PRODUCTION_KDF;
  (await deriveKey('eap-desk/no-such-account', newKdfParams(sample))).fill(0);
}

/** Passphrase login. Distinct errors, and on failure only the failure counter is written. */
export async function openVault(opts: OpenVaultOptions): Promise<Vault> {
  const paths = vaultPaths(opts.dataDir);
  const resolved = resolveKeyFile(paths);
  await ensureKdfSelfTest();
  const kf = resolved.keyFile;
  const now = opts.clock.now();
  const account = findAccountByUsername(kf, opts.username);

  if (!account || account.status !== 'active' || !account.privateSeed) {
    await equaliseTiming(kf);
    writeCountersOnly(paths, recordFailure(kf, account?.id ?? null, now).keyFile);
    throw new AppError('WRONG_PASSPHRASE');
  }
  const lockedUntil = activeLockUntil(kf, account.id, now);
  if (lockedUntil !== null) {
    writeCountersOnly(paths, recordLockedAttempt(kf, account.id, now));
    throw lockedError(lockedUntil);
  }
  let held: HeldKeys | null;
  try {
    held = await unlockAccountKeys(kf, account, opts.passphrase);
  } catch (e) {
    if (e instanceof UnwrapError)
      throw new AppError('KEYFILE_MISMATCH', { key: 'errors.keyfileTampered' });
    throw e;
  }
  if (!held) {
    const failed = recordFailure(kf, account.id, now);
    writeCountersOnly(paths, failed.keyFile);
    throw failed.lockedUntil !== null
      ? lockedError(failed.lockedUntil)
      : new AppError('WRONG_PASSPHRASE');
  }
  return openWithKeys(paths, resolved, held, account, now);
}

export interface OpenWithRecoveryOptions {
  readonly dataDir: string;
  readonly clock: Clock;
  readonly recoveryCode: string;
}

/** The administrator's recovery code: DBK and SK (never CNK), no account attached. */
export async function openWithRecoveryCode(opts: OpenWithRecoveryOptions): Promise<Vault> {
  const paths = vaultPaths(opts.dataDir);
  const resolved = resolveKeyFile(paths);
  await ensureKdfSelfTest();
  const held = await keysFromRecoveryCode(resolved.keyFile, opts.recoveryCode);
  if (!held) throw new AppError('WRONG_PASSPHRASE', { key: 'errors.wrongRecoveryCode' });
  return openWithKeys(paths, resolved, held, null, opts.clock.now());
}

function verifyBinding(kf: KeyFile, held: HeldKeys): void {
  if (!held.sk || !verifyStatsMac(kf, held.sk))
    throw new AppError('KEYFILE_MISMATCH', { key: 'errors.keyfileTampered' });
  if (held.dbk && !verifyDbMac(kf, held.dbk))
    throw new AppError('KEYFILE_MISMATCH', { key: 'errors.keyfileTampered' });
}

function openWithKeys(
  paths: VaultPaths,
  resolved: ResolvedKeyFile,
  held: HeldKeys,
  account: KeyFileAccount | null,
  now: number,
): Vault {
  const kf = resolved.keyFile;
  const probes: ProbedDb[] = [];
  try {
    const needsDb = account === null || isServiceRole(account.role);
    if (needsDb && !held.dbk) throw new AppError('FORBIDDEN', { key: 'errors.noDatabaseAccess' });
    if (!held.sk) throw new AppError('FORBIDDEN', { key: 'errors.noDatabaseAccess' });
    verifyBinding(kf, held);
    if (!needsDb) zero(held.dbk, held.cnk); // a statistics reader keeps SK only

    // Probe everything first: a failure here leaves every file exactly as it was.
    const main = needsDb && held.dbk ? probeDb(paths.db, held.dbk, MIGRATIONS, now) : null;
    if (main) probes.push(main);
    const stats = probeDb(paths.statsDb, held.sk, STATS_MIGRATIONS, now);
    probes.push(stats);

    const damaged = (main?.problems.length ?? 0) + stats.problems.length > 0;
    // Going ahead writable: from now on the files may change, so the clean-close records are
    // spent. A damaged (read-only) open writes nothing at all, this included.
    if (!damaged) {
      if (main) forgetCleanClose(paths.db);
      forgetCleanClose(paths.statsDb);
    }
    const actorId = account?.id ?? null;
    if (main && held.dbk) {
      finishOpen(main, MIGRATIONS, damaged, {
        snapshot: { dir: paths.snapshots, key: held.dbk, label: 'eap-desk', at: now },
        audit: { installationId: kf.installationId, actorId, at: now },
      });
    }
    finishOpen(stats, STATS_MIGRATIONS, damaged, {
      snapshot: { dir: paths.snapshots, key: held.sk, label: 'eap-desk.stats', at: now },
    });

    let saved = kf;
    if (!damaged) saved = persistAfterUnlock(paths, resolved, held, account, main?.db ?? null);
    const keys: HeldKeys = needsDb ? held : { sk: held.sk };
    return new VaultHandle(paths, {
      keyFile: saved,
      db: main?.db ?? null,
      statsDb: stats.db,
      account: account && {
        id: account.id,
        username: account.username,
        role: account.role,
        clinicalSupervisor: account.clinicalSupervisor,
        mustChangePassphrase: account.mustChangePassphrase,
      },
      keys,
      checkedAt: { db: main?.checkedAt ?? null, statsDb: stats.checkedAt },
      damage: damaged
        ? {
            code: 'DB_DAMAGED',
            key: 'errors.dbDamagedReadOnly',
            problems: (main?.problems.length ?? 0) + stats.problems.length,
          }
        : null,
    });
  } catch (e) {
    for (const p of probes) p.db.close();
    zeroHeldKeys(held);
    throw e;
  }
}

/**
 * After a good unlock: pending failed logins go into the audit, this account's counter resets,
 * and an interrupted rotation's unused generation is replaced by the one that opened the data.
 */
function persistAfterUnlock(
  paths: VaultPaths,
  resolved: ResolvedKeyFile,
  held: HeldKeys,
  account: KeyFileAccount | null,
  db: ProbedDb['db'] | null,
): KeyFile {
  let kf = resolved.keyFile;
  const hadFailures = account !== null && account.failedLogins.count > 0;
  if (!held.dbk || !db) {
    if (hadFailures && account) writeCountersOnly(paths, clearFailures(kf, account.id));
    return kf;
  }
  const flushed = flushAuthEvents(db, kf);
  kf = account ? clearFailures(flushed, account.id) : flushed;
  if (!resolved.fromPrevious)
    return kf === resolved.keyFile ? kf : saveGeneration(paths, resolved.keyFile, kf, held);
  // The unused newer generation is simply replaced: its key never reached the database.
  const generation = Math.max(resolved.keyFile.generation, resolved.current.generation) + 1;
  const sealed = sealKeyFile({ ...kf, generation }, { dbk: held.dbk, sk: held.sk });
  writeKeyFileAt(paths.keyFile, sealed);
  return sealed;
}
