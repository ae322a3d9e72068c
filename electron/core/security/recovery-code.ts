import { randomBytes } from 'node:crypto';
import { zero } from './bytes';

/**
 * Recovery and escrow codes: 160 random bits as 32 Crockford base32 characters in groups of four,
 * e.g. `7KQ2-...`. Crockford's alphabet has no I, L, O, U, so a code read aloud or copied by hand
 * survives the usual confusions (we map O->0 and I/L->1 when reading it back).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_CODE_BITS = 160;
const CHARS = RECOVERY_CODE_BITS / 5;

export function generateRecoveryCode(): string {
  const bytes = randomBytes(RECOVERY_CODE_BITS / 8);
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(acc >> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= (1 << bits) - 1;
  }
  zero(bytes);
  return out.match(/.{4}/g)!.join('-');
}

/** Canonical form (32 characters, no dashes) or null when it cannot be a code. */
export function normaliseRecoveryCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (s.length !== CHARS) return null;
  for (const ch of s) if (!ALPHABET.includes(ch)) return null;
  return s;
}
