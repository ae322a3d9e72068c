import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rawKeyMaterial } from '../security/bytes';
import { freshDir, removeTempDirs } from '../vault/vault-test-kit';
import { openEncryptedDb, readDbSalt } from './open';
import { applyPragmas, CACHE_SIZE } from './pragmas';

afterAll(removeTempDirs);

describe('opening an encrypted database', () => {
  it('builds the raw-key literal without a hex string', () => {
    const key = Buffer.alloc(32, 0xab);
    const salt = Buffer.alloc(16, 0x01);
    expect(rawKeyMaterial(key).toString('latin1')).toBe(`x'${'ab'.repeat(32)}'`);
    expect(rawKeyMaterial(key, salt).toString('latin1')).toBe(
      `x'${'ab'.repeat(32)}${'01'.repeat(16)}'`,
    );
  });

  it('creates with the chosen salt, sets and verifies every pragma', () => {
    const path = join(freshDir('eap-open-'), 'a.db');
    const key = randomBytes(32);
    const salt = randomBytes(16);
    const db = openEncryptedDb(path, key, { create: true, salt });
    applyPragmas(db);
    db.exec('CREATE TABLE t (x TEXT)');
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('cache_size', { simple: true })).toBe(CACHE_SIZE);
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
    expect(readDbSalt(path)).toBe(salt.toString('hex'));
    expect(readFileSync(path).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
  });

  it('a wrong key is DB_DAMAGED at the first statement; a missing file is never created', () => {
    const dir = freshDir('eap-open-');
    const path = join(dir, 'a.db');
    openEncryptedDb(path, randomBytes(32), { create: true }).exec('CREATE TABLE t (x)');
    expect(() => openEncryptedDb(path, randomBytes(32))).toThrow(
      expect.objectContaining({ code: 'DB_DAMAGED' }),
    );
    expect(() => openEncryptedDb(join(dir, 'none.db'), randomBytes(32))).toThrow(
      expect.objectContaining({ key: 'errors.dbMissing' }),
    );
    expect(existsSync(join(dir, 'none.db'))).toBe(false);
  });
});
