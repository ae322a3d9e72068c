import { isDeepStrictEqual } from 'node:util';
import { AppError } from '../errors';
import { readKeyFileAt, writeKeyFileAt } from '../security/keyfile';
import { dbMacInput, sealKeyFile } from '../security/keyfile-mac';
import type { KeyFile } from '../security/keyfile-schema';
import type { VaultPaths } from './paths';

/**
 * Writing the key file from the vault. Two kinds of write:
 * - counters only (failed logins, pending events) while nobody holds a key: the file on disk is
 *   re-read and only those fields change, so a failed login can never alter anything else;
 * - a new generation, sealed under DBK (and SK), keeping the previous generation beside it.
 */
export function writeCountersOnly(paths: VaultPaths, next: KeyFile): void {
  const disk = readKeyFileAt(paths.keyFile);
  if (disk.status !== 'ok') return; // nothing safe to update; the login failure stays unrecorded
  const current = disk.keyFile;
  const accounts = current.accounts.map((a) => {
    const n = next.accounts.find((x) => x.id === a.id);
    return n ? { ...a, failedLogins: n.failedLogins } : a;
  });
  writeKeyFileAt(paths.keyFile, {
    ...current,
    accounts,
    pendingAuthEvents: next.pendingAuthEvents,
  });
}

/**
 * Counters changed on disk since we loaded the file (failed logins by someone else) are kept,
 * unless the caller changed them on purpose (lifting a lock, flushing events into the audit).
 */
export function mergeCounters(disk: KeyFile, loaded: KeyFile, next: KeyFile): KeyFile {
  const accounts = next.accounts.map((a) => {
    const before = loaded.accounts.find((x) => x.id === a.id);
    const onDisk = disk.accounts.find((x) => x.id === a.id);
    const untouched = before && isDeepStrictEqual(before.failedLogins, a.failedLogins);
    return untouched && onDisk ? { ...a, failedLogins: onDisk.failedLogins } : a;
  });
  const eventsUntouched = isDeepStrictEqual(loaded.pendingAuthEvents, next.pendingAuthEvents);
  return {
    ...next,
    accounts,
    pendingAuthEvents: eventsUntouched ? disk.pendingAuthEvents : next.pendingAuthEvents,
  };
}

export interface SealKeys {
  readonly dbk?: Uint8Array | undefined;
  readonly sk?: Uint8Array | undefined;
}

/**
 * Writes `next` as a new generation. Without DBK the MAC cannot be recomputed, so only fields
 * outside it (a passphrase change of a statistics reader) may differ from what was loaded.
 */
export function saveGeneration(
  paths: VaultPaths,
  loaded: KeyFile,
  next: KeyFile,
  keys: SealKeys,
): KeyFile {
  const disk = readKeyFileAt(paths.keyFile);
  if (disk.status === 'ok' && disk.keyFile.generation !== loaded.generation) {
    throw new AppError('CONFLICT', { key: 'errors.keyfileChanged' });
  }
  let out = disk.status === 'ok' ? mergeCounters(disk.keyFile, loaded, next) : next;
  out = {
    ...out,
    generation: Math.max(loaded.generation, disk.status === 'ok' ? disk.keyFile.generation : 0) + 1,
  };
  if (keys.dbk) out = sealKeyFile(out, { dbk: keys.dbk, sk: keys.sk });
  else if (dbMacInput(out) !== dbMacInput(loaded))
    throw new AppError('FORBIDDEN', { key: 'errors.keyNotHeld' });
  writeKeyFileAt(paths.keyFile, out, paths.keyFilePrev);
  return out;
}
