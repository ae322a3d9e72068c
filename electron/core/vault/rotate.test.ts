import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openEncryptedDb } from '../db/open';
import { AppError } from '../errors';
import { FAST_TEST_KDF } from '../security/kdf';
import { parseKeyFile } from '../security/keyfile';
import { createAccount } from '../security/keys';
import { vaultPaths } from './paths';
import { openVault, openWithRecoveryCode, rotateDatabaseKey, type Vault } from './vault';
import {
  genPassphrase,
  genUsername,
  newTestVault,
  removeTempDirs,
  type TestVault,
} from './vault-test-kit';

afterAll(removeTempDirs);

const openAdmin = (t: TestVault) =>
  openVault({
    dataDir: t.dataDir,
    clock: t.clock,
    username: t.admin.username,
    passphrase: t.admin.passphrase,
  });

function populate(v: Vault) {
  const db = v.db!;
  db.exec(`CREATE TABLE person (id TEXT PRIMARY KEY, name TEXT NOT NULL);
           CREATE TABLE visit (id INTEGER PRIMARY KEY, person_id TEXT NOT NULL REFERENCES person (id), note TEXT NOT NULL);`);
  const p = db.prepare('INSERT INTO person (id, name) VALUES (?, ?)');
  const c = db.prepare('INSERT INTO visit (person_id, note) VALUES (?, ?)');
  for (let batch = 0; batch < 5; batch++) {
    db.transaction(() => {
      for (let i = 0; i < 200; i++) {
        const id = `${batch}-${i}`;
        p.run(id, `姓名 ${id}`);
        c.run(id, randomBytes(40).toString('hex'));
      }
    })();
  }
}

const dump = (v: Vault) => ({
  person: v.db!.prepare('SELECT * FROM person ORDER BY id').all(),
  visit: v.db!.prepare('SELECT * FROM visit ORDER BY id').all(),
});

describe('DBK rotation', () => {
  it('rotates a populated WAL database: reopens intact, old key no longer opens it', async () => {
    const t = await newTestVault();
    const v = await openAdmin(t);
    const desk = { username: genUsername('desk'), passphrase: genPassphrase() };
    v.saveKeyFile(
      (await createAccount(v.keyFile(), { ...desk, role: 'desk' }, v.keys, { kdf: FAST_TEST_KDF }))
        .keyFile,
    );
    populate(v);
    expect(existsSync(`${vaultPaths(t.dataDir).db}-wal`)).toBe(true);
    const before = dump(v);
    const oldKey = Buffer.from(v.keys.dbk!);
    const result = await rotateDatabaseKey(v, { clock: t.clock });
    expect(result.keyVersion).toBe(2);
    expect(dump(v)).toEqual(before);
    v.db!.prepare('INSERT INTO person (id, name) VALUES (?, ?)').run('after', 'x');
    v.close();

    const again = await openAdmin(t);
    expect(again.db!.prepare('SELECT count(*) FROM person').pluck().get()).toBe(1001);
    expect(
      again
        .db!.prepare("SELECT count(*) FROM audit_log WHERE action = 'key.rotated'")
        .pluck()
        .get(),
    ).toBe(1);
    expect(again.db!.pragma('integrity_check', { simple: true })).toBe('ok');
    again.close();
    expect(() => openEncryptedDb(vaultPaths(t.dataDir).db, oldKey)).toThrow(AppError);
    (await openVault({ dataDir: t.dataDir, clock: t.clock, ...desk })).close();
    (
      await openWithRecoveryCode({
        dataDir: t.dataDir,
        clock: t.clock,
        recoveryCode: t.init.recoveryCode,
      })
    ).close();
  });

  it('a crash after the new key file was written but before the swap still opens (previous generation)', async () => {
    const t = await newTestVault();
    const p = vaultPaths(t.dataDir);
    const v = await openAdmin(t);
    populate(v);
    v.db!.pragma('wal_checkpoint(TRUNCATE)');
    const before = dump(v);
    // The state the old database is in when rotation closes it.
    v.close();
    const oldDb = readFileSync(p.db);
    const v2 = await openAdmin(t);
    await rotateDatabaseKey(v2, { clock: t.clock });
    v2.close();
    // Put the old database back: key file = new generation, prev = old generation.
    writeFileSync(p.db, oldDb);
    expect(parseKeyFile(readFileSync(p.keyFile, 'utf8'))!.keyVersions.dbk).toBe(2);
    const reopened = await openAdmin(t);
    expect(dump(reopened)).toEqual(before);
    reopened.close();
    // The generation that opened the data is now the current one.
    const kf = parseKeyFile(readFileSync(p.keyFile, 'utf8'))!;
    expect(kf.keyVersions.dbk).toBe(1);
    expect(kf.binding.dbSalt).toBe(oldDb.subarray(0, 16).toString('hex'));
  });

  it('a crash before the key file was written leaves the old pair working (stale copy ignored)', async () => {
    const t = await newTestVault();
    const p = vaultPaths(t.dataDir);
    const v = await openAdmin(t);
    populate(v);
    const before = dump(v);
    v.close();
    copyFileSync(p.db, p.rotating);
    const again = await openAdmin(t);
    expect(dump(again)).toEqual(before);
    await rotateDatabaseKey(again, { clock: t.clock });
    expect(existsSync(p.rotating)).toBe(false);
    again.close();
  });
});
