import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openEncryptedDb } from '../db/open';
import { AppError } from '../errors';
import {
  keysFromEscrowCode,
  keysFromRecoveryCode,
  verifyEscrowCode,
} from '../security/code-holders';
import { FAST_TEST_KDF } from '../security/kdf';
import { findAccountByUsername } from '../security/keyfile-schema';
import {
  changePassphrase,
  createAccount,
  createClinicalKey,
  disableAccount,
  enableAccount,
  grantKey,
  resetPassphrase,
} from '../security/keys';
import { vaultPaths } from './paths';
import { addStatCount, readStatCounts } from './stats-store';
import { openVault, openWithRecoveryCode, type Vault } from './vault';
import {
  genPassphrase,
  genUsername,
  newTestVault,
  removeTempDirs,
  type TestVault,
} from './vault-test-kit';

afterAll(removeTempDirs);
const kdf = FAST_TEST_KDF;

const openAs = (t: TestVault, u: { username: string; passphrase: string }) =>
  openVault({ dataDir: t.dataDir, clock: t.clock, username: u.username, passphrase: u.passphrase });
const openAdmin = (t: TestVault) => openAs(t, t.admin);

async function addAccount(admin: Vault, role: 'desk' | 'counsellor' | 'statistics' | 'admin') {
  const u = { username: genUsername(role), passphrase: genPassphrase() };
  const { keyFile, accountId } = await createAccount(admin.keyFile(), { ...u, role }, admin.keys, {
    kdf,
  });
  admin.saveKeyFile(keyFile);
  return { ...u, id: accountId };
}

const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

describe('key hierarchy through the vault', () => {
  it("grants CNK to a new counsellor without that counsellor's passphrase", async () => {
    const t = await newTestVault();
    const admin = await openAdmin(t);
    const c1 = await addAccount(admin, 'counsellor');
    const c2 = await addAccount(admin, 'counsellor');
    const { keyFile, escrowCode, cnk } = await createClinicalKey(admin.keyFile(), c1.id, { kdf });
    cnk.fill(0);
    admin.saveKeyFile(keyFile);
    expect(escrowCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    admin.close();

    const first = await openAs(t, c1);
    expect(first.keys.cnk).toBeDefined();
    expect(first.account?.mustChangePassphrase).toBe(true);
    const pending = await openAs(t, c2);
    expect(pending.keys.cnk).toBeUndefined(); // "pending clinical access"
    pending.close();
    first.saveKeyFile(
      await grantKey(first.keyFile(), { keyName: 'cnk', key: first.keys.cnk! }, c2.id),
    );
    first.close();
    const granted = await openAs(t, c2);
    expect(granted.keys.cnk).toBeDefined();
    expect(granted.keys.dbk).toBeDefined();
    granted.close();
  });

  it('recovery code opens DBK (not CNK); escrow code opens CNK (not DBK)', async () => {
    const t = await newTestVault();
    const admin = await openAdmin(t);
    const c = await addAccount(admin, 'counsellor');
    const { keyFile, escrowCode } = await createClinicalKey(admin.keyFile(), c.id, { kdf });
    admin.saveKeyFile(keyFile);
    admin.close();
    const kf = keyFile;
    const rec = await keysFromRecoveryCode(kf, t.init.recoveryCode);
    expect(rec?.dbk).toBeDefined();
    expect(rec?.sk).toBeDefined();
    expect(rec?.cnk).toBeUndefined();
    const esc = await keysFromEscrowCode(kf, escrowCode);
    expect(esc?.cnk).toBeDefined();
    expect(esc?.dbk).toBeUndefined();
    expect(esc?.sk).toBeUndefined();
    expect(await keysFromRecoveryCode(kf, escrowCode)).toBeNull();
    expect(await keysFromEscrowCode(kf, t.init.recoveryCode)).toBeNull();

    const v = await openWithRecoveryCode({
      dataDir: t.dataDir,
      clock: t.clock,
      recoveryCode: t.init.recoveryCode.toLowerCase(),
    });
    expect(v.account).toBeNull();
    expect(v.db!.prepare('SELECT count(*) FROM installation').pluck().get()).toBe(1);
    expect(v.keys.cnk).toBeUndefined();
    v.close();
    expect(
      await codeOf(
        openWithRecoveryCode({ dataDir: t.dataDir, clock: t.clock, recoveryCode: escrowCode }),
      ),
    ).toBe('WRONG_PASSPHRASE');
  });

  it('a statistics reader gets the statistics store only; that passphrase cannot open the main database', async () => {
    const t = await newTestVault();
    const admin = await openAdmin(t);
    const s = await addAccount(admin, 'statistics');
    admin.close();
    const v = await openAs(t, s);
    expect(v.db).toBeNull();
    expect(v.keys.dbk).toBeUndefined();
    addStatCount(v.statsDb, {
      period: '2025-Q1',
      metric: 'cases.opened',
      dims: { category: 'work' },
      delta: 2,
    });
    expect(readStatCounts(v.statsDb, '2025-Q1')).toEqual([
      { period: '2025-Q1', metric: 'cases.opened', dims: '{"category":"work"}', value: 2 },
    ]);
    // The only key this passphrase reaches is SK, and SK does not open the main file.
    expect(() => openEncryptedDb(vaultPaths(t.dataDir).db, v.keys.sk!)).toThrow(AppError);
    v.close();
  });

  it('reset keeps DBK and drops CNK; passphrase change keeps every slot', async () => {
    const t = await newTestVault();
    const admin = await openAdmin(t);
    const c = await addAccount(admin, 'counsellor');
    const withCnk = await createClinicalKey(admin.keyFile(), c.id, { kdf });
    admin.saveKeyFile(withCnk.keyFile);
    const next = genPassphrase();
    admin.saveKeyFile(await resetPassphrase(admin.keyFile(), c.id, next, admin.keys, { kdf }));
    admin.close();
    expect(await codeOf(openAs(t, c))).toBe('WRONG_PASSPHRASE');
    const afterReset = await openAs(t, { username: c.username, passphrase: next });
    expect(afterReset.keys.dbk).toBeDefined();
    expect(afterReset.keys.cnk).toBeUndefined();
    expect(afterReset.account?.mustChangePassphrase).toBe(true);
    const mine = genPassphrase();
    afterReset.saveKeyFile(await changePassphrase(afterReset.keyFile(), c.id, next, mine, { kdf }));
    afterReset.close();
    const changed = await openAs(t, { username: c.username, passphrase: mine });
    expect(changed.account?.mustChangePassphrase).toBe(false);
    expect(changed.keys.dbk).toBeDefined();
    changed.close();
  });

  it('disable destroys slots, protects the last CNK holder, re-enable issues new slots', async () => {
    const t = await newTestVault();
    const admin = await openAdmin(t);
    const c = await addAccount(admin, 'counsellor');
    const d = await addAccount(admin, 'desk');
    const { keyFile, escrowCode } = await createClinicalKey(admin.keyFile(), c.id, { kdf });
    admin.saveKeyFile(keyFile);
    expect(() => disableAccount(admin.keyFile(), c.id)).toThrow(
      expect.objectContaining({ key: 'errors.lastClinicalKeyHolder' }),
    );
    expect(() => disableAccount(admin.keyFile(), t.init.adminAccountId)).toThrow(
      expect.objectContaining({ key: 'errors.lastAdministrator' }),
    );
    admin.saveKeyFile(await verifyEscrowCode(admin.keyFile(), escrowCode, t.clock.now()));
    admin.saveKeyFile(disableAccount(disableAccount(admin.keyFile(), c.id), d.id));
    const gone = findAccountByUsername(admin.keyFile(), d.username)!;
    expect(gone).toMatchObject({
      status: 'disabled',
      publicKey: null,
      privateSeed: null,
      slots: {},
    });
    expect(await codeOf(openAs(t, d))).toBe('WRONG_PASSPHRASE');
    const fresh = genPassphrase();
    admin.saveKeyFile(await enableAccount(admin.keyFile(), d.id, fresh, admin.keys, { kdf }));
    admin.close();
    const back = await openAs(t, { username: d.username, passphrase: fresh });
    expect(back.keys.dbk).toBeDefined();
    back.close();
  });

  it('a role raised by editing the key file is detected (KEYFILE_MISMATCH)', async () => {
    const t = await newTestVault();
    const admin = await openAdmin(t);
    const d = await addAccount(admin, 'desk');
    admin.close();
    const path = vaultPaths(t.dataDir).keyFile;
    writeFileSync(path, readFileSync(path, 'utf8').replace(/"role": "desk"/, '"role": "admin"'));
    expect(await codeOf(openAs(t, d))).toBe('KEYFILE_MISMATCH');
  });
});
