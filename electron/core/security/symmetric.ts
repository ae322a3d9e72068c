import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { fromB64, toB64 } from './bytes';

/** AES-256-GCM box: the tag is appended to the ciphertext. */
export interface SealedBox {
  readonly nonce: string;
  readonly ciphertext: string;
}

export function sealAesGcm(key: Uint8Array, plaintext: Uint8Array, aad: string): SealedBox {
  const nonce = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, nonce);
  c.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([c.update(plaintext), c.final(), c.getAuthTag()]);
  return { nonce: toB64(nonce), ciphertext: toB64(body) };
}

/** null when the key is wrong or anything was altered: callers turn that into their own error. */
export function openAesGcm(key: Uint8Array, box: SealedBox, aad: string): Buffer | null {
  const body = fromB64(box.ciphertext);
  const nonce = fromB64(box.nonce);
  if (body.length < 16 || nonce.length !== 12) return null;
  try {
    const d = createDecipheriv('aes-256-gcm', key, nonce);
    d.setAAD(Buffer.from(aad, 'utf8'));
    d.setAuthTag(body.subarray(body.length - 16));
    return Buffer.concat([d.update(body.subarray(0, body.length - 16)), d.final()]);
  } catch {
    return null;
  }
}

/** A purpose-specific subkey, so DBK itself never keys a MAC directly. */
export function hkdf32(ikm: Uint8Array, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, Buffer.alloc(0), Buffer.from(info, 'utf8'), 32));
}

export function hmacSha256(key: Uint8Array, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}
