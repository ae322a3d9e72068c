import { randomBytes } from 'node:crypto';
import { zero } from './bytes';
import { deriveKey, newKdfParams, type KdfCost, type KdfParams } from './kdf';
import type { CodeHolder, KeyFile, KeyFileAccount, SealedSeed } from './keyfile-schema';
import { publicKeyFromSeed, unwrapKey, UnwrapError, type HpkeBox, type KeyName } from './hpke';
import { generateRecoveryCode, normaliseRecoveryCode } from './recovery-code';
import { openAesGcm, sealAesGcm } from './symmetric';

/**
 * Private keys are stored as 32-byte seeds (X25519 key pairs are derived from them), encrypted
 * under a key-encryption key stretched from the passphrase. Recovery and escrow codes derive
 * their seed directly from the code, so nothing about them needs storing but the public key.
 */
export const RECOVERY_HOLDER_ID = 'recovery';
export const ESCROW_HOLDER_ID = 'escrow';

export interface HeldKeys {
  dbk?: Buffer;
  cnk?: Buffer;
  sk?: Buffer;
}

export function zeroHeldKeys(keys: HeldKeys): void {
  zero(keys.dbk, keys.cnk, keys.sk);
}

const seedAad = (accountId: string): string => `eap-desk/account-seed/v1|${accountId}`;

export const newSeed = (): Buffer => randomBytes(32);

export async function sealSeed(
  seed: Uint8Array,
  passphrase: string,
  accountId: string,
  cost: KdfCost,
): Promise<SealedSeed> {
  const kdf = newKdfParams(cost);
  const kek = await deriveKey(passphrase, kdf);
  try {
    return { kdf, ...sealAesGcm(kek, seed, seedAad(accountId)) };
  } finally {
    zero(kek);
  }
}

/** The seed, or null when the passphrase is wrong (or the box was altered: indistinguishable). */
export async function openSeed(
  sealed: SealedSeed,
  passphrase: string,
  accountId: string,
): Promise<Buffer | null> {
  const kek = await deriveKey(passphrase, sealed.kdf);
  try {
    const seed = openAesGcm(kek, sealed, seedAad(accountId));
    return seed && seed.length === 32 ? seed : null;
  } finally {
    zero(kek);
  }
}

/** Unwraps every current-version slot this holder has. */
export async function unwrapSlots(
  seed: Uint8Array,
  holderId: string,
  slots: { readonly [K in KeyName]?: HpkeBox | undefined },
  versions: KeyFile['keyVersions'],
): Promise<HeldKeys> {
  const held: HeldKeys = {};
  for (const name of ['dbk', 'cnk', 'sk'] as const) {
    const box = slots[name];
    if (!box || box.keyVersion !== versions[name]) continue;
    held[name] = await unwrapKey(seed, box, {
      holderId,
      keyName: name,
      keyVersion: box.keyVersion,
    });
  }
  return held;
}

/** An account's keys, or null for a wrong passphrase. */
export async function unlockAccountKeys(
  kf: KeyFile,
  account: KeyFileAccount,
  passphrase: string,
): Promise<HeldKeys | null> {
  if (!account.privateSeed) return null;
  const seed = await openSeed(account.privateSeed, passphrase, account.id);
  if (!seed) return null;
  try {
    return await unwrapSlots(seed, account.id, account.slots, kf.keyVersions);
  } finally {
    zero(seed);
  }
}

export async function seedFromCode(code: string, kdf: KdfParams): Promise<Buffer | null> {
  const canonical = normaliseRecoveryCode(code);
  return canonical ? deriveKey(canonical, kdf) : null;
}

/** A fresh code and the holder record (public key + KDF parameters) that goes into the key file. */
export async function newCodeHolder(
  cost: KdfCost,
  presetCode?: string,
): Promise<{ code: string; seed: Buffer; holder: CodeHolder }> {
  // A preset code lets the UI show the code and have it typed back BEFORE anything is written.
  const code = presetCode ?? generateRecoveryCode();
  if (!normaliseRecoveryCode(code)) throw new Error('malformed code');
  const kdf = newKdfParams(cost);
  const seed = (await seedFromCode(code, kdf))!;
  return { code, seed, holder: { publicKey: await publicKeyFromSeed(seed), kdf } };
}

/** Keys opened by a recovery or escrow code, or null when the code does not open them. */
export async function unlockWithCode(
  holder: CodeHolder & { slots: { readonly [K in KeyName]?: HpkeBox | undefined } },
  holderId: string,
  code: string,
  versions: KeyFile['keyVersions'],
): Promise<HeldKeys | null> {
  const seed = await seedFromCode(code, holder.kdf);
  if (!seed) return null;
  try {
    return await unwrapSlots(seed, holderId, holder.slots, versions);
  } catch (e) {
    if (e instanceof UnwrapError) return null;
    throw e;
  } finally {
    zero(seed);
  }
}
