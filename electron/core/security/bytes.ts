import { timingSafeEqual } from 'node:crypto';

/** Base64 helpers and key-buffer hygiene shared by the key code. */
export const toB64 = (b: Uint8Array): string =>
  Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');

export function fromB64(s: string): Buffer {
  return Buffer.from(s, 'base64');
}

/** Overwrites key material we no longer need; JS strings cannot be wiped, so keys stay in Buffers. */
export function zero(...bufs: readonly (Uint8Array | null | undefined)[]): void {
  for (const b of bufs) b?.fill(0);
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

const HEX = '0123456789abcdef';

/**
 * The SQLCipher raw-key literal `x'<key hex>[<salt hex>]'` written straight into a Buffer, so the
 * key never becomes an immutable JS string. The caller zeroes the result after handing it over.
 */
export function rawKeyMaterial(key: Uint8Array, salt?: Uint8Array): Buffer {
  const parts = salt ? [key, salt] : [key];
  const hexLen = parts.reduce((n, p) => n + p.length * 2, 0);
  const out = Buffer.alloc(hexLen + 3);
  out[0] = 0x78; // x
  out[1] = 0x27; // '
  let i = 2;
  for (const part of parts) {
    for (const byte of part) {
      out[i++] = HEX.charCodeAt(byte >> 4);
      out[i++] = HEX.charCodeAt(byte & 15);
    }
  }
  out[i] = 0x27;
  return out;
}
