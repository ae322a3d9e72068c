import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackup } from '../backup/create';
import { takeSnapshot } from '../db/snapshot';
import { appendAudit } from '../security/audit';
import { vaultPaths } from './paths';
import { addStatCount } from './stats-store';
import { openVault, rotateDatabaseKey } from './vault';
import {
  filesContaining,
  freshDir,
  newTestVault,
  removeTempDirs,
  snapshotFiles,
} from './vault-test-kit';

afterAll(removeTempDirs);

describe('no plaintext on disk', () => {
  it('canaries written through core appear in no file of the data folder or a backup bundle', async () => {
    const ascii = `CANARY-${randomBytes(8).toString('hex')}`;
    const chinese = `測試金絲雀${randomBytes(4).toString('hex')}`;
    const t = await newTestVault();
    const p = vaultPaths(t.dataDir);
    const v = await openVault({ dataDir: t.dataDir, clock: t.clock, ...t.admin });
    const db = v.db!;
    db.exec('CREATE TABLE canary_note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const ins = db.prepare('INSERT INTO canary_note (body) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 500; i++) ins.run(`${i} ${ascii} ${chinese} ${'填充'.repeat(20)}`);
    })();
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('canary', `${ascii} ${chinese}`);
    appendAudit(db, {
      at: t.clock.now(),
      installationId: v.installationId,
      actorId: null,
      action: 'test.canary',
      details: { note: chinese },
    });
    // A large sort would spill to a temp file without temp_store=MEMORY.
    db.prepare('SELECT body FROM canary_note ORDER BY body DESC').all();
    addStatCount(v.statsDb, {
      period: '2025',
      metric: 'test.canary',
      dims: { tag: ascii },
      delta: 1,
    });
    v.statsDb
      .prepare('INSERT INTO stat_count (period, metric, dims, value) VALUES (?, ?, ?, ?)')
      .run('2025', 'zh', chinese, 1);
    expect(
      db.prepare('SELECT count(*) FROM canary_note WHERE body LIKE ?').pluck().get(`%${chinese}%`),
    ).toBe(500);

    // While open: the WAL holds the fresh pages.
    expect(
      Object.keys(Object.fromEntries(snapshotFiles(t.dataDir))).some((f) => f.endsWith('-wal')),
    ).toBe(true);
    expect(filesContaining(t.dataDir, ascii)).toEqual([]);
    expect(filesContaining(t.dataDir, chinese)).toEqual([]);

    takeSnapshot(db, p.snapshots, 'eap-desk-canary.db', v.keys.dbk!);
    const backups = freshDir('eap-backups-');
    const { bundlePath } = createBackup({ vault: v, toDir: backups, clock: t.clock });
    await rotateDatabaseKey(v, { clock: t.clock });
    v.close();

    for (const dir of [t.dataDir, bundlePath]) {
      expect(filesContaining(dir, ascii), dir).toEqual([]);
      expect(filesContaining(dir, chinese), dir).toEqual([]);
      for (const [name, buf] of snapshotFiles(dir)) {
        if (name.endsWith('.db'))
          expect(buf.subarray(0, 15).toString('latin1'), name).not.toBe('SQLite format 3');
      }
    }
  });

  it('the canary search itself finds plaintext (control)', () => {
    const dir = freshDir('eap-control-');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'x.txt'), 'before 測試金絲雀abc after');
    writeFileSync(join(dir, 'y.bin'), Buffer.from('CANARY-utf16', 'utf16le'));
    expect(filesContaining(dir, '測試金絲雀abc')).toEqual([join('sub', 'x.txt')]);
    expect(filesContaining(dir, 'CANARY-utf16')).toEqual(['y.bin']);
  });
});
