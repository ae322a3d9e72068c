import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { manualClock } from '../clock';
import { AppError } from '../errors';
import { auditHead } from '../security/audit';
import { PRODUCTION_KDF } from '../security/kdf';
import { vaultPaths } from './paths';
import { initVault, openVault } from './vault';
import {
  freshDir,
  genPassphrase,
  genUsername,
  newTestVault,
  removeTempDirs,
  snapshotFiles,
} from './vault-test-kit';

afterAll(removeTempDirs);

describe('initVault / openVault', () => {
  it('creates an encrypted vault the administrator can open', async () => {
    const t = await newTestVault();
    const p = vaultPaths(t.dataDir);
    expect(readFileSync(p.db).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    const v = await openVault({
      dataDir: t.dataDir,
      clock: t.clock,
      username: t.admin.username,
      passphrase: t.admin.passphrase,
    });
    expect(v.account?.role).toBe('admin');
    expect(v.readOnly).toBe(false);
    expect(
      v
        .db!.prepare('SELECT is_office FROM installation WHERE id = ?')
        .pluck()
        .get(v.installationId),
    ).toBe(1);
    expect(auditHead(v.db!)?.seq).toBeGreaterThanOrEqual(2);
    expect(v.keys.dbk).toBeDefined();
    expect(v.keys.cnk).toBeUndefined();
    v.close();
  });
});

describe('initVault refusals', () => {
  const admin = () => ({ username: genUsername('admin'), passphrase: genPassphrase() });

  it('refuses a folder that already holds any vault file', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'eap-desk.db'), 'something');
    await expect(
      initVault({ dataDir: dir, clock: manualClock(), admin: admin() }),
    ).rejects.toMatchObject({ code: 'ALREADY_INITIALISED' });
    expect([...snapshotFiles(dir).keys()]).toEqual(['eap-desk.db']);
  });

  it('a passphrase refused by policy creates nothing', async () => {
    const dir = join(freshDir(), 'data');
    const e = await initVault({
      dataDir: dir,
      clock: manualClock(),
      admin: { username: 'admin-x', passphrase: 'password1234' },
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).issues?.[0]).toMatchObject({
      path: ['passphrase'],
      key: 'errors.passphraseTooCommon',
    });
    expect(() => snapshotFiles(dir)).toThrow(); // the folder itself was never made
  });

  it('refuses a network mount', async () => {
    await expect(
      initVault({
        dataDir: '/mnt/nas/eap',
        clock: manualClock(),
        admin: admin(),
        location: { platform: 'linux', mounts: [{ mountPoint: '/mnt/nas', fsType: 'nfs4' }] },
      }),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_LOCATION' });
  });
});

describe('the key file', () => {
  it('holds nothing secret in clear', async () => {
    const t = await newTestVault();
    const v = await openVault({ dataDir: t.dataDir, clock: t.clock, ...t.admin });
    const text = readFileSync(vaultPaths(t.dataDir).keyFile, 'utf8');
    for (const secret of [
      t.admin.passphrase,
      t.init.recoveryCode,
      t.init.recoveryCode.replace(/-/g, ''),
    ])
      expect(text).not.toContain(secret);
    for (const key of [v.keys.dbk!, v.keys.sk!]) {
      expect(text).not.toContain(key.toString('hex'));
      expect(text).not.toContain(key.toString('base64'));
    }
    v.close();
  });
});

describe('production KDF parameters', () => {
  it('init and unlock with N=2^17 (timings printed for the report)', async () => {
    const dataDir = join(freshDir(), 'data');
    const clock = manualClock();
    const admin = { username: genUsername('admin'), passphrase: genPassphrase() };
    let t0 = performance.now();
    await initVault({ dataDir, clock, admin, kdfParams: PRODUCTION_KDF });
    const initMs = performance.now() - t0;
    t0 = performance.now();
    const v = await openVault({ dataDir, clock, ...admin });
    const unlockMs = performance.now() - t0;
    expect(v.account?.role).toBe('admin');
    v.close();
    console.info(
      `production KDF: init ${Math.round(initMs)} ms, unlock ${Math.round(unlockMs)} ms`,
    );
  });
});
