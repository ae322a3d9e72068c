import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromB64, toB64 } from './bytes';
import { publicKeyFromSeed, unwrapKey, UnwrapError, wrapKey, type SlotContext } from './hpke';

const ctx: SlotContext = {
  holderId: '0b6a2a52-5d0b-4a43-9d6c-3c1d3f9c1e11',
  keyName: 'dbk',
  keyVersion: 1,
};

describe('HPKE key wrapping', () => {
  it('wraps to a public key and unwraps with the seed', async () => {
    const seed = randomBytes(32);
    const secret = randomBytes(32);
    const box = await wrapKey(await publicKeyFromSeed(seed), secret, ctx);
    expect(box.keyVersion).toBe(1);
    expect((await unwrapKey(seed, box, ctx)).equals(secret)).toBe(true);
  });

  it('derives the same public key from the same seed', async () => {
    const seed = randomBytes(32);
    expect(await publicKeyFromSeed(seed)).toBe(await publicKeyFromSeed(Buffer.from(seed)));
  });

  it('another holder cannot unwrap, nor can the same seed under another context', async () => {
    const seed = randomBytes(32);
    const box = await wrapKey(await publicKeyFromSeed(seed), randomBytes(32), ctx);
    await expect(unwrapKey(randomBytes(32), box, ctx)).rejects.toBeInstanceOf(UnwrapError);
    await expect(unwrapKey(seed, box, { ...ctx, holderId: 'someone-else' })).rejects.toBeInstanceOf(
      UnwrapError,
    );
    await expect(unwrapKey(seed, box, { ...ctx, keyName: 'cnk' })).rejects.toBeInstanceOf(
      UnwrapError,
    );
    await expect(
      unwrapKey(seed, { ...box, keyVersion: 2 }, { ...ctx, keyVersion: 2 }),
    ).rejects.toBeInstanceOf(UnwrapError);
  });

  it('a tampered box fails', async () => {
    const seed = randomBytes(32);
    const box = await wrapKey(await publicKeyFromSeed(seed), randomBytes(32), ctx);
    const ct = fromB64(box.ct);
    ct[5]! ^= 1;
    await expect(unwrapKey(seed, { ...box, ct: toB64(ct) }, ctx)).rejects.toBeInstanceOf(
      UnwrapError,
    );
    const enc = fromB64(box.enc);
    enc[0]! ^= 1;
    await expect(unwrapKey(seed, { ...box, enc: toB64(enc) }, ctx)).rejects.toBeInstanceOf(
      UnwrapError,
    );
  });
});
