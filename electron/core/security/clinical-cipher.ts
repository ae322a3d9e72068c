import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Clinical text is encrypted a second time under CNK inside the (already encrypted) database, so
 * that holding DBK — the administrator, the recovery code — never reveals it. AES-256-GCM with the
 * row's identity as associated data, so a sealed value cannot be moved to another row.
 * Layout: version byte (1) · 12-byte nonce · ciphertext · 16-byte tag.
 */
const VERSION = 1;

export function sealClinical(cnk: Buffer, plaintext: string, aad: string): Buffer {
  if (cnk.length !== 32) throw new Error('bad key length');
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', cnk, nonce);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), nonce, body, cipher.getAuthTag()]);
}

export function openClinical(cnk: Buffer, sealed: Buffer, aad: string): string {
  if (sealed.length < 1 + 12 + 16 || sealed[0] !== VERSION)
    throw new Error('unknown clinical encoding');
  const nonce = sealed.subarray(1, 13);
  const tag = sealed.subarray(sealed.length - 16);
  const decipher = createDecipheriv('aes-256-gcm', cnk, nonce);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([
    decipher.update(sealed.subarray(13, sealed.length - 16)),
    decipher.final(),
  ]).toString('utf8');
}
