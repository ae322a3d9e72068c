import { Aes256Gcm, CipherSuite, HkdfSha256 } from '@hpke/core';
import { DhkemX25519HkdfSha256 } from '@hpke/dhkem-x25519';
import { fromB64, toB64, zero } from './bytes';

/**
 * Wrapping a 32-byte key to an X25519 public key with HPKE (RFC 9180) base mode. Anyone may wrap
 * (grant, re-wrap after rotation) knowing only the recipient's public key; only the holder of the
 * private key (kept as an encrypted 32-byte seed) can unwrap.
 */
export const KEY_NAMES = ['dbk', 'cnk', 'sk'] as const;
export type KeyName = (typeof KEY_NAMES)[number];

export interface HpkeBox {
  readonly keyVersion: number;
  /** base64 encapsulated key */
  readonly enc: string;
  /** base64 ciphertext + tag */
  readonly ct: string;
}

export interface SlotContext {
  /** account id, or 'recovery' / 'escrow' */
  readonly holderId: string;
  readonly keyName: KeyName;
  readonly keyVersion: number;
}

const INFO = new TextEncoder().encode('eap-desk/key-wrap/v1');

// The pure-JS X25519 KEM works the same in Node and in Electron (no WebCrypto X25519 needed).
const suite = new CipherSuite({
  kem: new DhkemX25519HkdfSha256(),
  kdf: new HkdfSha256(),
  aead: new Aes256Gcm(),
});

/** Associated data binds a box to its holder, key and version: a box copied elsewhere fails. */
const aadFor = (ctx: SlotContext): Uint8Array =>
  new TextEncoder().encode(`eap-desk/slot/v1|${ctx.holderId}|${ctx.keyName}|${ctx.keyVersion}`);

export class UnwrapError extends Error {
  constructor() {
    super('key slot could not be opened');
    this.name = 'UnwrapError';
  }
}

/** The base64 raw public key for a 32-byte seed (deterministic: the seed is the private key). */
export async function publicKeyFromSeed(seed: Uint8Array): Promise<string> {
  const kp = await suite.kem.deriveKeyPair(seed);
  return toB64(new Uint8Array(await suite.kem.serializePublicKey(kp.publicKey)));
}

export async function wrapKey(
  publicKeyB64: string,
  secret: Uint8Array,
  ctx: SlotContext,
): Promise<HpkeBox> {
  const recipientPublicKey = await suite.kem.deserializePublicKey(fromB64(publicKeyB64));
  const { ct, enc } = await suite.seal({ recipientPublicKey, info: INFO }, secret, aadFor(ctx));
  return {
    keyVersion: ctx.keyVersion,
    enc: toB64(new Uint8Array(enc)),
    ct: toB64(new Uint8Array(ct)),
  };
}

export async function unwrapKey(seed: Uint8Array, box: HpkeBox, ctx: SlotContext): Promise<Buffer> {
  if (box.keyVersion !== ctx.keyVersion) throw new UnwrapError();
  const kp = await suite.kem.deriveKeyPair(seed);
  let plain: ArrayBuffer;
  try {
    plain = await suite.open(
      { recipientKey: kp.privateKey, enc: fromB64(box.enc), info: INFO },
      fromB64(box.ct),
      aadFor(ctx),
    );
  } catch {
    throw new UnwrapError();
  }
  const out = Buffer.from(new Uint8Array(plain));
  zero(new Uint8Array(plain));
  if (out.length !== 32) throw new UnwrapError();
  return out;
}
