import { randomBytes } from 'node:crypto';
import { copyFileSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { parseKeyFile } from '../security/keyfile';
import type { KeyFile } from '../security/keyfile-schema';
import { LOCKOUT_MS } from './login-failures';
import { vaultPaths } from './paths';
import { openVault } from './vault';
import {
  freshDir,
  newTestVault,
  removeTempDirs,
  snapshotFiles,
  type TestVault,
} from './vault-test-kit';

afterAll(removeTempDirs);

async function expectCode(p: Promise<unknown>, code: string): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  return e as AppError;
}

const open = (t: TestVault, username = t.admin.username, passphrase = t.admin.passphrase) =>
  openVault({ dataDir: t.dataDir, clock: t.clock, username, passphrase });

/** The key file without what a failed login may change. */
function withoutCounters(buf: Buffer): unknown {
  const kf = parseKeyFile(buf.toString('utf8')) as KeyFile;
  return {
    ...kf,
    pendingAuthEvents: [],
    accounts: kf.accounts.map((a) => ({ ...a, failedLogins: null })),
  };
}

/** Everything but the key file must be byte-identical; the key file only differs in counters. */
function expectUntouched(before: Map<string, Buffer>, dataDir: string, keyFileMayCount: boolean) {
  const after = snapshotFiles(dataDir);
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [name, buf] of before) {
    if (name === 'eap-desk.keys.json' && keyFileMayCount)
      expect(withoutCounters(after.get(name)!)).toEqual(withoutCounters(buf));
    else expect(after.get(name)!.equals(buf), name).toBe(true);
  }
}

function overwrite(path: string, offset: number, length: number) {
  const fd = openSync(path, 'r+');
  writeSync(fd, randomBytes(length), 0, length, offset);
  closeSync(fd);
}

describe('distinct open errors, nothing overwritten', () => {
  it('wrong passphrase and unknown user give the same error and only count', async () => {
    const t = await newTestVault();
    const before = snapshotFiles(t.dataDir);
    await expectCode(open(t, t.admin.username, 'wrong passphrase 123'), 'WRONG_PASSPHRASE');
    await expectCode(open(t, 'nobody-here', t.admin.passphrase), 'WRONG_PASSPHRASE');
    expectUntouched(before, t.dataDir, true);
    const kf = parseKeyFile(readFileSync(vaultPaths(t.dataDir).keyFile, 'utf8'))!;
    expect(kf.pendingAuthEvents.map((e) => e.accountId === null)).toEqual([false, true]);
    expect(readFileSync(vaultPaths(t.dataDir).keyFile, 'utf8')).not.toContain('nobody-here');
  });

  it('locks after five failures for 15 minutes, then audits the failures', async () => {
    const t = await newTestVault();
    const before = snapshotFiles(t.dataDir);
    for (let i = 0; i < 4; i++)
      await expectCode(open(t, t.admin.username, `wrong passphrase ${i}x`), 'WRONG_PASSPHRASE');
    const fifth = await expectCode(
      open(t, t.admin.username, 'wrong passphrase 5x'),
      'ACCOUNT_LOCKED',
    );
    expect(fifth.params?.['until']).toBe(new Date(t.clock.now() + LOCKOUT_MS).toISOString());
    t.clock.advance(LOCKOUT_MS - 1000);
    await expectCode(open(t), 'ACCOUNT_LOCKED');
    expectUntouched(before, t.dataDir, true);
    t.clock.advance(1000);
    const v = await open(t);
    const actions = v
      .db!.prepare("SELECT action FROM audit_log WHERE action LIKE 'auth.%' ORDER BY seq")
      .pluck()
      .all();
    expect(actions).toEqual([
      ...Array<string>(5).fill('auth.loginFailed'),
      'auth.accountLocked',
      'auth.loginWhileLocked',
    ]);
    v.close();
    const kf = parseKeyFile(readFileSync(vaultPaths(t.dataDir).keyFile, 'utf8'))!;
    expect(kf.pendingAuthEvents).toEqual([]);
    expect(kf.accounts[0]!.failedLogins).toEqual({ count: 0, lockedUntil: null });
  });

  it('missing key file with the database present: KEYFILE_MISSING', async () => {
    const t = await newTestVault();
    rmSync(vaultPaths(t.dataDir).keyFile);
    const before = snapshotFiles(t.dataDir);
    await expectCode(open(t), 'KEYFILE_MISSING');
    expectUntouched(before, t.dataDir, false);
  });

  it('an empty folder is not initialised (and nothing is created)', async () => {
    const dir = freshDir();
    await expectCode(
      openVault({ dataDir: dir, clock: { now: () => 0 }, username: 'x', passphrase: 'y' }),
      'NOT_INITIALISED',
    );
    expect(snapshotFiles(dir).size).toBe(0);
  });

  it('a key file of another database: KEYFILE_MISMATCH', async () => {
    const a = await newTestVault();
    const b = await newTestVault();
    copyFileSync(vaultPaths(b.dataDir).keyFile, vaultPaths(a.dataDir).keyFile);
    const before = snapshotFiles(a.dataDir);
    await expectCode(open(a, b.admin.username, b.admin.passphrase), 'KEYFILE_MISMATCH');
    expectUntouched(before, a.dataDir, false);
  });

  it('a damaged database header: DB_DAMAGED', async () => {
    const t = await newTestVault();
    overwrite(vaultPaths(t.dataDir).db, 24, 64);
    const before = snapshotFiles(t.dataDir);
    await expectCode(open(t), 'DB_DAMAGED');
    expectUntouched(before, t.dataDir, false);
  });

  it('a missing database with its key file: DB_DAMAGED (dbMissing), never a new database', async () => {
    const t = await newTestVault();
    rmSync(vaultPaths(t.dataDir).db);
    const before = snapshotFiles(t.dataDir);
    const e = await expectCode(open(t), 'DB_DAMAGED');
    expect(e.key).toBe('errors.dbMissing');
    expectUntouched(before, t.dataDir, false);
  });

  it('a database from a newer version: DB_TOO_NEW', async () => {
    const t = await newTestVault();
    const v = await open(t);
    v.db!.pragma('user_version = 9990');
    v.close();
    const before = snapshotFiles(t.dataDir);
    await expectCode(open(t), 'DB_TOO_NEW');
    expectUntouched(before, t.dataDir, false);
  });

  it('damage inside the file: opens read-only and writes nothing', async () => {
    const t = await newTestVault();
    const v = await open(t);
    v.db!.exec('CREATE TABLE filler (x TEXT)');
    const ins = v.db!.prepare('INSERT INTO filler (x) VALUES (?)');
    v.db!.transaction(() => {
      for (let i = 0; i < 3000; i++) ins.run(randomBytes(100).toString('hex'));
    })();
    v.close();
    const size = readFileSync(vaultPaths(t.dataDir).db).length;
    overwrite(vaultPaths(t.dataDir).db, Math.floor(size / 2 / 4096) * 4096 + 200, 300);
    const before = snapshotFiles(t.dataDir);
    const damaged = await open(t);
    expect(damaged.readOnly).toBe(true);
    expect(damaged.damage?.code).toBe('DB_DAMAGED');
    expect(() => damaged.db!.exec("INSERT INTO meta (key, value) VALUES ('k', 'v')")).toThrow();
    damaged.close();
    expectUntouched(before, t.dataDir, false);
  });
});
