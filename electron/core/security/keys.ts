import { randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '../../../shared/domain/app-state';
import { AppError } from '../errors';
import { zero } from './bytes';
import { wrapKey, type HpkeBox, type KeyName } from './hpke';
import { PRODUCTION_KDF, type KdfCost } from './kdf';
import { findAccountByUsername, type KeyFile, type KeyFileAccount } from './keyfile-schema';
import { passphraseIssue } from './passphrase-policy';
import {
  ESCROW_HOLDER_ID,
  newCodeHolder,
  newSeed,
  openSeed,
  RECOVERY_HOLDER_ID,
  sealSeed,
  type HeldKeys,
} from './seeds';
import { publicKeyFromSeed } from './hpke';

/**
 * The key hierarchy (SECURITY.md §2) as functions from a key file to a new key file. They never
 * write anything: the caller (vault or an IPC handler) saves the result, sealed under its DBK.
 * Wrapping uses public keys only, so granting needs no one else's passphrase.
 */
export const SERVICE_ROLES: readonly Role[] = ['desk', 'counsellor', 'admin'];
export const isServiceRole = (r: Role): boolean => SERVICE_ROLES.includes(r);

export interface KeyOptions {
  readonly kdf?: KdfCost;
  /** A recovery/escrow code made earlier (shown and typed back before anything is written). */
  readonly code?: string;
}

export const newKey = (): Buffer => randomBytes(32);

/** Which keys a role may hold. CNK only ever by grant (counsellors start "pending clinical access"). */
export function roleMayHold(role: Role, key: KeyName): boolean {
  if (key === 'sk') return true;
  if (key === 'dbk') return isServiceRole(role);
  return role === 'counsellor';
}

function account(kf: KeyFile, id: string): KeyFileAccount {
  const a = kf.accounts.find((x) => x.id === id);
  if (!a) throw new AppError('NOT_FOUND', { key: 'errors.accountNotFound' });
  return a;
}

const replaceAccount = (kf: KeyFile, next: KeyFileAccount): KeyFile => ({
  ...kf,
  accounts: kf.accounts.map((a) => (a.id === next.id ? next : a)),
});

function checkPassphrase(passphrase: string, username: string): void {
  const issue = passphraseIssue(passphrase, { username });
  if (issue)
    throw new AppError('VALIDATION', {
      issues: [{ path: ['passphrase'], key: issue, params: { min: 12 } }],
    });
}

function checkUsername(kf: KeyFile, username: string, selfId?: string): void {
  const trimmed = username.normalize('NFC').trim();
  if (
    trimmed.length < 1 ||
    trimmed.length > 64 ||
    trimmed !== username ||
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    /[\u0000-\u001f\u007f]/.test(trimmed)
  ) {
    throw new AppError('VALIDATION', {
      issues: [{ path: ['username'], key: 'errors.usernameInvalid' }],
    });
  }
  const existing = findAccountByUsername(kf, username);
  if (existing && existing.id !== selfId)
    throw new AppError('CONFLICT', { key: 'errors.usernameTaken' });
}

async function wrapTo(
  publicKey: string,
  holderId: string,
  keyName: KeyName,
  key: Uint8Array,
  keyVersion: number,
): Promise<HpkeBox> {
  return wrapKey(publicKey, key, { holderId, keyName, keyVersion });
}

/** The slots a fresh key pair gets for its role from the grantor's keys (never CNK). */
async function baseSlots(
  kf: KeyFile,
  role: Role,
  holderId: string,
  publicKey: string,
  grantor: HeldKeys,
): Promise<KeyFileAccount['slots']> {
  if (!grantor.sk || (isServiceRole(role) && !grantor.dbk))
    throw new AppError('FORBIDDEN', { key: 'errors.keyNotHeld' });
  const slots: { dbk?: HpkeBox; sk?: HpkeBox } = {
    sk: await wrapTo(publicKey, holderId, 'sk', grantor.sk, kf.keyVersions.sk),
  };
  if (isServiceRole(role) && grantor.dbk)
    slots.dbk = await wrapTo(publicKey, holderId, 'dbk', grantor.dbk, kf.keyVersions.dbk);
  return slots;
}

export interface NewAccountInput {
  readonly username: string;
  readonly role: Role;
  readonly clinicalSupervisor?: boolean;
  readonly passphrase: string;
  /** True when an administrator typed the first passphrase (forced change at first login). */
  readonly mustChangePassphrase?: boolean;
}

export async function createAccount(
  kf: KeyFile,
  input: NewAccountInput,
  grantor: HeldKeys,
  opts: KeyOptions = {},
): Promise<{ keyFile: KeyFile; accountId: string }> {
  checkUsername(kf, input.username);
  checkPassphrase(input.passphrase, input.username);
  if (input.clinicalSupervisor && input.role !== 'counsellor') {
    throw new AppError('VALIDATION', {
      issues: [{ path: ['clinicalSupervisor'], key: 'errors.supervisorMustBeCounsellor' }],
    });
  }
  const id = randomUUID();
  const seed = newSeed();
  try {
    const publicKey = await publicKeyFromSeed(seed);
    const acc: KeyFileAccount = {
      id,
      username: input.username,
      role: input.role,
      clinicalSupervisor: input.clinicalSupervisor ?? false,
      status: 'active',
      mustChangePassphrase: input.mustChangePassphrase ?? true,
      publicKey,
      privateSeed: await sealSeed(seed, input.passphrase, id, opts.kdf ?? PRODUCTION_KDF),
      failedLogins: { count: 0, lockedUntil: null },
      slots: await baseSlots(kf, input.role, id, publicKey, grantor),
    };
    return { keyFile: { ...kf, accounts: [...kf.accounts, acc] }, accountId: id };
  } finally {
    zero(seed);
  }
}

/** Gives a key the caller holds (unwrapped) to another account, by its public key alone. */
export async function grantKey(
  kf: KeyFile,
  grant: { keyName: KeyName; key: Uint8Array },
  toAccountId: string,
): Promise<KeyFile> {
  const to = account(kf, toAccountId);
  if (to.status !== 'active' || !to.publicKey)
    throw new AppError('CONFLICT', { key: 'errors.accountDisabled' });
  if (!roleMayHold(to.role, grant.keyName))
    throw new AppError('FORBIDDEN', { key: 'errors.keyNotAllowedForRole' });
  const version = kf.keyVersions[grant.keyName];
  if (version < 1) throw new AppError('CONFLICT', { key: 'errors.clinicalKeyMissing' });
  const box = await wrapTo(to.publicKey, to.id, grant.keyName, grant.key, version);
  return replaceAccount(kf, { ...to, slots: { ...to.slots, [grant.keyName]: box } });
}

/** Removes one key from an account (role change, clinical access withdrawn). */
export function revokeKey(kf: KeyFile, keyName: KeyName, accountId: string): KeyFile {
  const a = account(kf, accountId);
  if (keyName === 'cnk') assertNotLastClinicalHolder(kf, a);
  const { [keyName]: _dropped, ...slots } = a.slots;
  return replaceAccount(kf, { ...a, slots });
}

/** Holders of CNK other than the escrow; used to protect the last one. */
export const clinicalHolders = (kf: KeyFile): KeyFileAccount[] =>
  kf.accounts.filter((a) => a.status === 'active' && a.slots.cnk !== undefined);

function assertNotLastClinicalHolder(kf: KeyFile, a: KeyFileAccount): void {
  const holders = clinicalHolders(kf);
  const last = holders.length === 1 && holders[0]?.id === a.id;
  if (last && !kf.escrow?.verifiedAt)
    throw new AppError('CONFLICT', { key: 'errors.lastClinicalKeyHolder' });
}

export async function changePassphrase(
  kf: KeyFile,
  accountId: string,
  oldPassphrase: string,
  newPassphrase: string,
  opts: KeyOptions = {},
): Promise<KeyFile> {
  const a = account(kf, accountId);
  if (!a.privateSeed || a.status !== 'active')
    throw new AppError('CONFLICT', { key: 'errors.accountDisabled' });
  const seed = await openSeed(a.privateSeed, oldPassphrase, a.id);
  if (!seed) throw new AppError('WRONG_PASSPHRASE');
  try {
    checkPassphrase(newPassphrase, a.username);
    if (newPassphrase.normalize('NFC') === oldPassphrase.normalize('NFC')) {
      throw new AppError('VALIDATION', {
        issues: [{ path: ['passphrase'], key: 'errors.passphraseUnchanged' }],
      });
    }
    // Same key pair, new wrapping of its seed: every slot stays valid.
    const privateSeed = await sealSeed(seed, newPassphrase, a.id, opts.kdf ?? PRODUCTION_KDF);
    return replaceAccount(kf, { ...a, privateSeed, mustChangePassphrase: false });
  } finally {
    zero(seed);
  }
}

/** New key pair + slots for DBK/SK from the grantor; CNK is dropped until a holder re-grants it. */
async function reissue(
  kf: KeyFile,
  a: KeyFileAccount,
  passphrase: string,
  grantor: HeldKeys,
  opts: KeyOptions,
): Promise<KeyFileAccount> {
  checkPassphrase(passphrase, a.username);
  const seed = newSeed();
  try {
    const publicKey = await publicKeyFromSeed(seed);
    return {
      ...a,
      status: 'active',
      mustChangePassphrase: true,
      publicKey,
      privateSeed: await sealSeed(seed, passphrase, a.id, opts.kdf ?? PRODUCTION_KDF),
      failedLogins: { count: 0, lockedUntil: null },
      slots: await baseSlots(kf, a.role, a.id, publicKey, grantor),
    };
  } finally {
    zero(seed);
  }
}

export async function resetPassphrase(
  kf: KeyFile,
  accountId: string,
  newPassphrase: string,
  grantor: HeldKeys,
  opts: KeyOptions = {},
): Promise<KeyFile> {
  const a = account(kf, accountId);
  if (a.status !== 'active') throw new AppError('CONFLICT', { key: 'errors.accountDisabled' });
  return replaceAccount(kf, await reissue(kf, a, newPassphrase, grantor, opts));
}

export async function enableAccount(
  kf: KeyFile,
  accountId: string,
  newPassphrase: string,
  grantor: HeldKeys,
  opts: KeyOptions = {},
): Promise<KeyFile> {
  const a = account(kf, accountId);
  if (a.status !== 'disabled') throw new AppError('CONFLICT', { key: 'errors.accountNotDisabled' });
  return replaceAccount(kf, await reissue(kf, a, newPassphrase, grantor, opts));
}

/** Destroys the account's key pair and slots; the last CNK holder and last admin are protected. */
export function disableAccount(kf: KeyFile, accountId: string): KeyFile {
  const a = account(kf, accountId);
  if (a.status === 'disabled') return kf;
  assertNotLastClinicalHolder(kf, a);
  const admins = kf.accounts.filter((x) => x.status === 'active' && x.role === 'admin');
  if (a.role === 'admin' && admins.length === 1)
    throw new AppError('CONFLICT', { key: 'errors.lastAdministrator' });
  return replaceAccount(kf, {
    ...a,
    status: 'disabled',
    publicKey: null,
    privateSeed: null,
    slots: {},
    failedLogins: { count: 0, lockedUntil: null },
  });
}

/** An administrator lifts a lockout. */
export function liftLock(kf: KeyFile, accountId: string): KeyFile {
  const a = account(kf, accountId);
  return replaceAccount(kf, { ...a, failedLogins: { count: 0, lockedUntil: null } });
}

/**
 * After a rotation: wraps the new key (version + 1) to every current holder — accounts holding
 * any slot of that key, the recovery key for DBK/SK, the escrow key for CNK.
 */
export async function rewrapKey(
  kf: KeyFile,
  keyName: KeyName,
  newKeyBytes: Uint8Array,
): Promise<KeyFile> {
  const version = kf.keyVersions[keyName] + 1;
  const accounts: KeyFileAccount[] = [];
  for (const a of kf.accounts) {
    if (a.status !== 'active' || !a.publicKey || !a.slots[keyName]) {
      accounts.push(a);
      continue;
    }
    accounts.push({
      ...a,
      slots: {
        ...a.slots,
        [keyName]: await wrapTo(a.publicKey, a.id, keyName, newKeyBytes, version),
      },
    });
  }
  let { recovery, escrow } = kf;
  if (keyName === 'dbk' || keyName === 'sk') {
    const box = await wrapTo(recovery.publicKey, RECOVERY_HOLDER_ID, keyName, newKeyBytes, version);
    recovery = { ...recovery, slots: { ...recovery.slots, [keyName]: box } };
  } else if (escrow) {
    escrow = {
      ...escrow,
      slots: { cnk: await wrapTo(escrow.publicKey, ESCROW_HOLDER_ID, 'cnk', newKeyBytes, version) },
    };
  }
  return {
    ...kf,
    accounts,
    recovery,
    escrow,
    keyVersions: { ...kf.keyVersions, [keyName]: version },
  };
}

/** A recovery holder for DBK and SK (never CNK); the code is shown once and never stored. */
export async function newRecovery(
  keys: { dbk: Uint8Array; sk: Uint8Array },
  versions: KeyFile['keyVersions'],
  opts: KeyOptions = {},
): Promise<{ recovery: KeyFile['recovery']; code: string }> {
  const { code, seed, holder } = await newCodeHolder(opts.kdf ?? PRODUCTION_KDF, opts.code);
  zero(seed);
  const dbk = await wrapTo(holder.publicKey, RECOVERY_HOLDER_ID, 'dbk', keys.dbk, versions.dbk);
  const sk = await wrapTo(holder.publicKey, RECOVERY_HOLDER_ID, 'sk', keys.sk, versions.sk);
  return { recovery: { ...holder, slots: { dbk, sk } }, code };
}

export async function regenerateRecoveryCode(
  kf: KeyFile,
  held: HeldKeys,
  opts: KeyOptions = {},
): Promise<{ keyFile: KeyFile; code: string }> {
  if (!held.dbk || !held.sk) throw new AppError('FORBIDDEN', { key: 'errors.keyNotHeld' });
  const { recovery, code } = await newRecovery(
    { dbk: held.dbk, sk: held.sk },
    kf.keyVersions,
    opts,
  );
  return { keyFile: { ...kf, recovery }, code };
}

/**
 * Creates CNK with the first counsellor: wrapped to that counsellor and to a new clinical escrow
 * code (held by the clinical lead, never by the administrator or IT).
 */
export async function createClinicalKey(
  kf: KeyFile,
  counsellorId: string,
  opts: KeyOptions = {},
): Promise<{ keyFile: KeyFile; escrowCode: string; cnk: Buffer }> {
  if (kf.keyVersions.cnk !== 0) throw new AppError('CONFLICT', { key: 'errors.clinicalKeyExists' });
  const c = account(kf, counsellorId);
  if (c.role !== 'counsellor' || c.status !== 'active' || !c.publicKey)
    throw new AppError('FORBIDDEN', { key: 'errors.keyNotAllowedForRole' });
  const cnk = newKey();
  const { code, seed, holder } = await newCodeHolder(opts.kdf ?? PRODUCTION_KDF, opts.code);
  zero(seed);
  const escrow = {
    ...holder,
    verifiedAt: null,
    slots: { cnk: await wrapTo(holder.publicKey, ESCROW_HOLDER_ID, 'cnk', cnk, 1) },
  };
  const withKey: KeyFile = { ...kf, escrow, keyVersions: { ...kf.keyVersions, cnk: 1 } };
  return {
    keyFile: await grantKey(withKey, { keyName: 'cnk', key: cnk }, counsellorId),
    escrowCode: code,
    cnk,
  };
}
