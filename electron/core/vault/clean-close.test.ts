import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanClosePath, FULL_CHECK_EVERY_MS } from './clean-close';
import { vaultPaths } from './paths';
import { openVault } from './vault';
import { VaultHandle, type Vault } from './vault-handle';
import { newTestVault, removeTempDirs, type TestVault } from './vault-test-kit';

afterAll(removeTempDirs);

const open = async (t: TestVault): Promise<VaultHandle> => {
  const v: Vault = await openVault({
    dataDir: t.dataDir,
    clock: t.clock,
    username: t.admin.username,
    passphrase: t.admin.passphrase,
  });
  if (!(v instanceof VaultHandle)) throw new Error('expected a VaultHandle');
  return v;
};

/** The vault of a clean close: opened (full check at t0), closed, clock moved on a little. */
async function closedCleanly(): Promise<{ t: TestVault; checkedAt: number }> {
  const t = await newTestVault();
  const v = await open(t);
  const checkedAt = v.lastFullCheckAt!;
  v.close();
  t.clock.advance(60_000);
  return { t, checkedAt };
}

describe('clean-close record (ADR 0007)', () => {
  it('the first open checks the whole file; after a clean close, the next open (as after an app restart) skips it', async () => {
    const { t, checkedAt } = await closedCleanly();
    const db = vaultPaths(t.dataDir).db;
    expect(existsSync(cleanClosePath(db))).toBe(true);
    const again = await open(t);
    expect(again.lastFullCheckAt).toBe(checkedAt); // no new check: the recorded time carries on
    // Spent by the open: a crash now would leave no record behind.
    expect(existsSync(cleanClosePath(db))).toBe(false);
    again.close();
  });

  it('a crash (no clean close) means a full check at the next open', async () => {
    const { t } = await closedCleanly();
    const v = await open(t);
    v.db!.prepare('SELECT 1').get(); // the process dies here: close() never runs
    t.clock.advance(1000);
    const next = await open(t);
    expect(next.lastFullCheckAt).toBe(t.clock.now());
    next.close();
    v.close();
  });

  it('a file changed since the close is checked in full', async () => {
    const { t } = await closedCleanly();
    const db = vaultPaths(t.dataDir).db;
    const later = new Date(Date.now() + 5000);
    utimesSync(db, later, later); // someone touched it (a copy, a sync tool, a restore by hand)
    const v = await open(t);
    expect(v.lastFullCheckAt).toBe(t.clock.now());
    v.close();
  });

  it('a record that does not verify under the database key is ignored', async () => {
    const { t } = await closedCleanly();
    const path = cleanClosePath(vaultPaths(t.dataDir).db);
    const rec = JSON.parse(readFileSync(path, 'utf8')) as { checkedAt: number };
    writeFileSync(path, JSON.stringify({ ...rec, checkedAt: rec.checkedAt + 1 }));
    const v = await open(t);
    expect(v.lastFullCheckAt).toBe(t.clock.now());
    v.close();
  });

  it('an unreadable record is ignored', async () => {
    const { t } = await closedCleanly();
    writeFileSync(cleanClosePath(vaultPaths(t.dataDir).db), '{ not json');
    const v = await open(t);
    expect(v.lastFullCheckAt).toBe(t.clock.now());
    v.close();
  });

  it('a log with frames beside the file means a full check', async () => {
    const { t } = await closedCleanly();
    writeFileSync(`${vaultPaths(t.dataDir).db}-wal`, Buffer.alloc(0));
    const empty = await open(t);
    expect(empty.lastFullCheckAt).not.toBe(t.clock.now()); // an empty log is harmless
    empty.close();
    t.clock.advance(1000);
    const v = await open(t);
    v.close();
    // Frames that the last close did not checkpoint: only a full check can vouch for them.
    writeFileSync(`${vaultPaths(t.dataDir).db}-wal`, Buffer.alloc(32));
    t.clock.advance(1000);
    const w = await open(t);
    expect(w.lastFullCheckAt).toBe(t.clock.now());
    w.close();
  });

  it('the whole file is checked again once a week', async () => {
    const { t, checkedAt } = await closedCleanly();
    t.clock.set(checkedAt + FULL_CHECK_EVERY_MS - 1000);
    const v = await open(t);
    expect(v.lastFullCheckAt).toBe(checkedAt);
    v.close();
    t.clock.advance(2000);
    const w = await open(t);
    expect(w.lastFullCheckAt).toBe(t.clock.now());
    w.close();
  });

  it('a refused open leaves the record in place', async () => {
    const { t } = await closedCleanly();
    const path = cleanClosePath(vaultPaths(t.dataDir).db);
    const before = readFileSync(path);
    await expect(
      openVault({
        dataDir: t.dataDir,
        clock: t.clock,
        username: t.admin.username,
        passphrase: 'not the passphrase at all',
      }),
    ).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    expect(readFileSync(path)).toEqual(before);
  });

  it('damage seen while open leaves no record, so the next open checks in full', async () => {
    const { t } = await closedCleanly();
    const v = await open(t);
    v.distrustFiles(); // e.g. a read failed as corrupt, or cli verify's integrity_check
    v.close();
    expect(existsSync(cleanClosePath(vaultPaths(t.dataDir).db))).toBe(false);
    t.clock.advance(1000);
    const next = await open(t);
    expect(next.lastFullCheckAt).toBe(t.clock.now());
    next.close();
  });

  it('a full check made while open (cli verify) is what the record carries', async () => {
    const { t, checkedAt } = await closedCleanly();
    const v = await open(t);
    expect(v.lastFullCheckAt).toBe(checkedAt);
    v.noteFullCheck(t.clock.now());
    v.close();
    t.clock.advance(1000);
    const next = await open(t);
    expect(next.lastFullCheckAt).toBe(t.clock.now() - 1000);
    next.close();
  });
});
