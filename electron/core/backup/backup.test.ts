import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { FAST_TEST_KDF } from '../security/kdf';
import { createAccount } from '../security/keys';
import { vaultPaths } from '../vault/paths';
import { openVault, type Vault } from '../vault/vault';
import {
  freshDir,
  genPassphrase,
  genUsername,
  newTestVault,
  removeTempDirs,
  snapshotFiles,
  type TestVault,
} from '../vault/vault-test-kit';
import { createBackup } from './create';
import { BUNDLE_FILES } from './manifest';
import { restoreBackup } from './restore';

afterAll(removeTempDirs);

const openAs = (t: TestVault, u: { username: string; passphrase: string }) =>
  openVault({ dataDir: t.dataDir, clock: t.clock, username: u.username, passphrase: u.passphrase });

async function addAccount(v: Vault, role: 'desk' | 'admin') {
  const u = { username: genUsername(role), passphrase: genPassphrase() };
  const r = await createAccount(v.keyFile(), { ...u, role }, v.keys, { kdf: FAST_TEST_KDF });
  v.saveKeyFile(r.keyFile);
  return u;
}

function populate(v: Vault, rows: number) {
  v.db!.exec('CREATE TABLE IF NOT EXISTS sample (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const ins = v.db!.prepare('INSERT INTO sample (body) VALUES (?)');
  v.db!.transaction(() => {
    for (let i = 0; i < rows; i++) ins.run(`row ${i} ${randomBytes(60).toString('hex')}`);
  })();
}

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? `${e.code}:${e.key}` : String(e)),
  );

describe('backup and restore', () => {
  it('restores every row after the live database was damaged', async () => {
    const t = await newTestVault();
    const v = await openAs(t, t.admin);
    const desk = await addAccount(v, 'desk');
    populate(v, 2000);
    const rows = v.db!.prepare('SELECT * FROM sample ORDER BY id').all();
    const started = performance.now();
    const { bundlePath, manifest } = createBackup({
      vault: v,
      toDir: freshDir('eap-backups-'),
      clock: t.clock,
    });
    console.info(
      `backup of ${manifest.rowCounts['sample']} sample rows: ${Math.round(performance.now() - started)} ms`,
    );
    expect(bundlePath).toMatch(/eap-desk-backup-\d{8}-\d{6}$/);
    expect(readdirSync(bundlePath).sort()).toEqual(Object.values(BUNDLE_FILES).sort());
    expect(manifest.rowCounts['sample']).toBe(2000);
    expect(
      v.db!.prepare("SELECT count(*) FROM audit_log WHERE action = 'backup.created'").pluck().get(),
    ).toBe(1);
    v.close();

    const dbPath = vaultPaths(t.dataDir).db;
    const size = readFileSync(dbPath).length;
    const fd = openSync(dbPath, 'r+');
    writeSync(fd, randomBytes(8192), 0, 8192, Math.floor(size / 2));
    closeSync(fd);
    const damaged = await openAs(t, t.admin);
    expect(damaged.readOnly).toBe(true);
    damaged.close();

    const result = await restoreBackup({
      dataDir: t.dataDir,
      from: bundlePath,
      clock: t.clock,
      ...t.admin,
    });
    expect(result.replacedDir && existsSync(join(result.replacedDir, 'eap-desk.db'))).toBeTruthy();
    const back = await openAs(t, t.admin);
    expect(back.readOnly).toBe(false);
    expect(back.db!.prepare('SELECT * FROM sample ORDER BY id').all()).toEqual(rows);
    expect(
      back
        .db!.prepare("SELECT count(*) FROM audit_log WHERE action = 'backup.restored'")
        .pluck()
        .get(),
    ).toBe(1);
    back.close();
    // DBK was handed back to the desk account of the day by public key.
    const deskBack = await openAs(t, desk);
    expect(deskBack.keys.dbk).toBeDefined();
    deskBack.close();
  });

  it('an account created after the backup cannot restore it; a non-administrator neither', async () => {
    const t = await newTestVault();
    const v = await openAs(t, t.admin);
    const desk = await addAccount(v, 'desk');
    const { bundlePath } = createBackup({
      vault: v,
      toDir: freshDir('eap-backups-'),
      clock: t.clock,
    });
    const later = await addAccount(v, 'admin');
    v.close();
    const before = snapshotFiles(t.dataDir);
    expect(
      await codeOf(
        restoreBackup({ dataDir: t.dataDir, from: bundlePath, clock: t.clock, ...later }),
      ),
    ).toBe('WRONG_PASSPHRASE:errors.wrongPassphrase');
    expect(
      await codeOf(
        restoreBackup({ dataDir: t.dataDir, from: bundlePath, clock: t.clock, ...desk }),
      ),
    ).toBe('FORBIDDEN:errors.restoreNeedsDatabaseKey');
    expect(snapshotFiles(t.dataDir)).toEqual(before);
    // The later administrator still opens the live vault normally.
    (await openAs(t, later)).close();
  });

  it('the recovery code restores into a folder whose database and key file are gone', async () => {
    const t = await newTestVault();
    const v = await openAs(t, t.admin);
    populate(v, 50);
    const { bundlePath } = createBackup({
      vault: v,
      toDir: freshDir('eap-backups-'),
      clock: t.clock,
    });
    v.close();
    const p = vaultPaths(t.dataDir);
    rmSync(p.db);
    rmSync(p.keyFile);
    await restoreBackup({
      dataDir: t.dataDir,
      from: bundlePath,
      clock: t.clock,
      recoveryCode: t.init.recoveryCode,
    });
    const back = await openAs(t, t.admin);
    expect(back.db!.prepare('SELECT count(*) FROM sample').pluck().get()).toBe(50);
    back.close();
  });

  it('refuses a tampered manifest or a damaged copy before touching anything', async () => {
    const t = await newTestVault();
    const v = await openAs(t, t.admin);
    populate(v, 100);
    const { bundlePath } = createBackup({
      vault: v,
      toDir: freshDir('eap-backups-'),
      clock: t.clock,
    });
    v.close();
    const before = snapshotFiles(t.dataDir);
    const manifestPath = join(bundlePath, BUNDLE_FILES.manifest);
    const original = readFileSync(manifestPath, 'utf8');
    writeFileSync(manifestPath, original.replace(/"sample": 100/, '"sample": 99'));
    expect(
      await codeOf(
        restoreBackup({ dataDir: t.dataDir, from: bundlePath, clock: t.clock, ...t.admin }),
      ),
    ).toBe('DB_DAMAGED:errors.backupTampered');
    writeFileSync(manifestPath, original);
    const copy = join(bundlePath, BUNDLE_FILES.db);
    const fd = openSync(copy, 'r+');
    writeSync(fd, randomBytes(100), 0, 100, 5000);
    closeSync(fd);
    expect(
      await codeOf(
        restoreBackup({ dataDir: t.dataDir, from: bundlePath, clock: t.clock, ...t.admin }),
      ),
    ).toBe('DB_DAMAGED:errors.backupDamaged');
    expect(snapshotFiles(t.dataDir)).toEqual(before);
  });
});
