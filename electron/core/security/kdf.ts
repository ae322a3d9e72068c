import { randomBytes, scrypt as scryptCb, type ScryptOptions } from 'node:crypto';
import { toB64, fromB64, equalBytes, zero } from './bytes';
import { KDF_VECTORS } from './kdf-vectors';

/**
 * Passphrase (and recovery-code) stretching with scrypt, which Node and Electron's BoringSSL both
 * ship (Node's argon2 needs OpenSSL and would lock everyone out of the packaged app). Every slot
 * records its own parameters so they can be raised later without breaking old slots.
 */
export interface KdfCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

export interface KdfParams extends KdfCost {
  readonly kdf: 'scrypt';
  /** base64 of 16 random bytes */
  readonly salt: string;
  readonly v: 1;
}

/** About 350 ms on the reference machine: slow for guessing, tolerable at login. */
export const PRODUCTION_KDF: KdfCost = { N: 2 ** 17, r: 8, p: 1 };
/** Only for tests and the CLI's test flag: about 40x cheaper. */
export const FAST_TEST_KDF: KdfCost = { N: 2 ** 12, r: 8, p: 1 };

/** Bounds accepted from a key file, so a crafted file cannot make us allocate gigabytes. */
export const KDF_LIMITS = { minN: 2 ** 10, maxN: 2 ** 20, maxR: 16, maxP: 4 } as const;

export function newKdfParams(cost: KdfCost = PRODUCTION_KDF): KdfParams {
  return { kdf: 'scrypt', N: cost.N, r: cost.r, p: cost.p, salt: toB64(randomBytes(16)), v: 1 };
}

export function kdfParamsWithinLimits(p: KdfCost): boolean {
  const powerOfTwo = Number.isInteger(Math.log2(p.N));
  return (
    powerOfTwo &&
    p.N >= KDF_LIMITS.minN &&
    p.N <= KDF_LIMITS.maxN &&
    p.r >= 1 &&
    p.r <= KDF_LIMITS.maxR &&
    p.p >= 1 &&
    p.p <= KDF_LIMITS.maxP
  );
}

/** NFC so that the same passphrase typed through different input methods gives the same bytes. */
export function passphraseBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

function scryptRaw(
  secret: Uint8Array,
  salt: Uint8Array,
  keyLen: number,
  cost: KdfCost,
): Promise<Buffer> {
  // scrypt needs 128*N*r*p bytes; Node's default cap (32 MiB) is below N=2^17, r=8.
  const opts: ScryptOptions = {
    N: cost.N,
    r: cost.r,
    p: cost.p,
    maxmem: 256 * cost.N * cost.r * cost.p + 16 * 1024 * 1024,
  };
  return new Promise((resolve, reject) => {
    scryptCb(secret, salt, keyLen, opts, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** 32-byte key from a passphrase or code under the slot's parameters. */
export async function deriveKey(secret: string | Uint8Array, params: KdfParams): Promise<Buffer> {
  if (!kdfParamsWithinLimits(params)) throw new Error('KDF parameters out of bounds');
  const bytes = typeof secret === 'string' ? passphraseBytes(secret) : Buffer.from(secret);
  try {
    return await scryptRaw(bytes, fromB64(params.salt), 32, params);
  } finally {
    zero(bytes);
  }
}

/**
 * Known-answer test run before any key is derived: if the runtime's scrypt (or our
 * normalisation) ever changes output, nobody could log in again, so we refuse to start instead
 * of writing slots nobody can open.
 */
export async function kdfSelfTest(): Promise<void> {
  for (const v of KDF_VECTORS) {
    const secret = v.nfc ? passphraseBytes(v.password) : Buffer.from(v.password, 'utf8');
    const out = await scryptRaw(secret, Buffer.from(v.salt, 'utf8'), v.hex.length / 2, v);
    if (!equalBytes(out, Buffer.from(v.hex, 'hex')))
      throw new Error(`KDF self-test failed (${v.name})`);
  }
}
