import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { freshDir, removeTempDirs } from '../vault/vault-test-kit';
import { latestVersion, migrate, type Migration } from './migrate';
import { MIGRATIONS } from './migrations';
import { openEncryptedDb, userVersion, type Db } from './open';
import { applyPragmas } from './pragmas';
import { looksUnencrypted } from './snapshot';

afterAll(removeTempDirs);

const parentChild: Migration = {
  version: 20,
  name: 'test-parent-child',
  up(db) {
    db.exec(`
      CREATE TABLE parent (id TEXT PRIMARY KEY, name TEXT NOT NULL);
      CREATE TABLE child (id TEXT PRIMARY KEY, parent_id TEXT NOT NULL REFERENCES parent (id), note TEXT NOT NULL);
      CREATE INDEX child_parent ON child (parent_id);
    `);
  },
};

/** The SQLite 12-step rebuild: new table, copy, drop, rename — with child rows pointing at it. */
const rebuildParent: Migration = {
  version: 30,
  name: 'test-rebuild-parent',
  up(db) {
    db.exec(`
      CREATE TABLE parent_new (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        kind TEXT NOT NULL DEFAULT 'plain' CHECK (kind IN ('plain', 'special'))
      );
      INSERT INTO parent_new (id, name) SELECT id, name FROM parent;
      DROP TABLE parent;
      ALTER TABLE parent_new RENAME TO parent;
    `);
  },
};

/** Leaves orphans behind: the FK check must refuse to commit it. */
const breaksForeignKeys: Migration = {
  version: 30,
  name: 'test-breaks-fks',
  up(db) {
    db.exec('DELETE FROM parent WHERE id IN (SELECT id FROM parent LIMIT 5)');
  },
};

function newDb(): { db: Db; key: Buffer; dir: string } {
  const dir = freshDir('eap-migrate-');
  const key = randomBytes(32);
  const db = openEncryptedDb(join(dir, 'test.db'), key, { create: true });
  applyPragmas(db);
  return { db, key, dir };
}

function populate(db: Db) {
  const p = db.prepare('INSERT INTO parent (id, name) VALUES (?, ?)');
  const c = db.prepare('INSERT INTO child (id, parent_id, note) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < 100; i++) {
      p.run(`p${i}`, `名稱 ${i}`);
      for (let j = 0; j < 3; j++) c.run(`c${i}-${j}`, `p${i}`, `note ${i}/${j}`);
    }
  })();
}

describe('migration runner', () => {
  it('the shipped registry is ordered in steps of ten', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.every((v) => v % 10 === 0)).toBe(true);
  });

  it('rebuilds a table with child rows: nothing lost, foreign keys intact, snapshot taken first', () => {
    const { db, key, dir } = newDb();
    migrate(db, [MIGRATIONS[0]!, parentChild]);
    populate(db);
    const before = db
      .prepare(
        'SELECT p.id, p.name, c.id AS cid, c.note FROM child c JOIN parent p ON p.id = c.parent_id ORDER BY cid',
      )
      .all();
    const result = migrate(db, [MIGRATIONS[0]!, parentChild, rebuildParent], {
      snapshot: { dir: join(dir, 'snapshots'), key, label: 'test', at: Date.UTC(2025, 0, 1) },
      audit: { installationId: 'inst', actorId: null, at: 1 },
    });
    expect(result).toMatchObject({ from: 20, to: 30 });
    expect(userVersion(db)).toBe(30);
    const after = db
      .prepare(
        'SELECT p.id, p.name, c.id AS cid, c.note FROM child c JOIN parent p ON p.id = c.parent_id ORDER BY cid',
      )
      .all();
    expect(after).toEqual(before);
    expect(after).toHaveLength(300);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT kind FROM parent LIMIT 1').pluck().get()).toBe('plain');
    expect(
      db
        .prepare("SELECT details FROM audit_log WHERE action = 'schema.migrated' ORDER BY seq DESC")
        .pluck()
        .get(),
    ).toBe('{"from":20,"to":30}');

    const snaps = readdirSync(join(dir, 'snapshots'));
    expect(snaps).toHaveLength(1);
    const snapPath = join(dir, 'snapshots', snaps[0]!);
    expect(looksUnencrypted(snapPath)).toBe(false);
    const snap = openEncryptedDb(snapPath, key);
    expect(userVersion(snap)).toBe(20);
    expect(snap.prepare('SELECT count(*) FROM child').pluck().get()).toBe(300);
    snap.close();
    db.close();
  });

  it('rolls back everything when foreign_key_check finds violations', () => {
    const { db } = newDb();
    migrate(db, [MIGRATIONS[0]!, parentChild]);
    populate(db);
    expect(() => migrate(db, [MIGRATIONS[0]!, parentChild, breaksForeignKeys])).toThrow(AppError);
    expect(userVersion(db)).toBe(20);
    expect(db.prepare('SELECT count(*) FROM parent').pluck().get()).toBe(100);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a newer database without touching it', () => {
    const { db } = newDb();
    migrate(db, MIGRATIONS);
    db.pragma(`user_version = ${latestVersion(MIGRATIONS) + 10}`);
    expect(() => migrate(db, MIGRATIONS)).toThrow(expect.objectContaining({ code: 'DB_TOO_NEW' }));
    db.close();
  });
});
