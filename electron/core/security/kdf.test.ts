import { describe, expect, it } from 'vitest';
import {
  deriveKey,
  FAST_TEST_KDF,
  kdfParamsWithinLimits,
  kdfSelfTest,
  newKdfParams,
  PRODUCTION_KDF,
} from './kdf';
import { KDF_VECTORS } from './kdf-vectors';
import { scryptSync } from 'node:crypto';

describe('scrypt KDF', () => {
  it('passes its known-answer self-test', async () => {
    await expect(kdfSelfTest()).resolves.toBeUndefined();
  });

  it('the committed vectors match an independent scrypt call', () => {
    for (const v of KDF_VECTORS) {
      const pw = v.nfc ? v.password.normalize('NFC') : v.password;
      expect(
        scryptSync(pw, v.salt, v.hex.length / 2, { N: v.N, r: v.r, p: v.p }).toString('hex'),
        v.name,
      ).toBe(v.hex);
    }
  });

  it('normalises passphrases (NFC) so composed and decomposed input agree', async () => {
    const params = newKdfParams(FAST_TEST_KDF);
    const a = await deriveKey('café 通行片語', params);
    const b = await deriveKey('cafe\u0301 通行片語', params);
    expect(a.equals(b)).toBe(true);
    expect((await deriveKey('cafe 通行片語', params)).equals(a)).toBe(false);
  });

  it('records its parameters and refuses absurd ones from a key file', async () => {
    const p = newKdfParams();
    expect(p).toMatchObject({ kdf: 'scrypt', N: 2 ** 17, r: 8, p: 1, v: 1 });
    expect(Buffer.from(p.salt, 'base64')).toHaveLength(16);
    expect(kdfParamsWithinLimits({ N: 2 ** 30, r: 8, p: 1 })).toBe(false);
    expect(kdfParamsWithinLimits({ N: 3000, r: 8, p: 1 })).toBe(false);
    await expect(deriveKey('x', { ...p, N: 2 ** 24 })).rejects.toThrow();
  });

  it('runs with production parameters (maxmem raised)', async () => {
    const started = performance.now();
    const key = await deriveKey('a production passphrase', newKdfParams(PRODUCTION_KDF));
    expect(key).toHaveLength(32);
    // Not a timing assertion; printed for the report.
    console.info(`scrypt N=2^17 r=8 p=1: ${Math.round(performance.now() - started)} ms`);
  });
});
