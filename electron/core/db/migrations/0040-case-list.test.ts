import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRng } from '../../seed/prng';
import { syntheticName, syntheticPhone } from '../../seed/names';
import { phoneDigits, segmentForSearch } from '../../search/fold';
import { freshDir, removeTempDirs } from '../../vault/vault-test-kit';
import { migrate } from '../migrate';
import { openEncryptedDb, userVersion, type Db } from '../open';
import { applyPragmas } from '../pragmas';
import { MIGRATIONS } from './index';

afterAll(removeTempDirs);

const BEFORE_0040 = MIGRATIONS.filter((m) => m.version < 40);
const UP_TO_0040 = MIGRATIONS.filter((m) => m.version <= 40);
const key = randomBytes(32);

function openDb(path: string): Db {
  const db = openEncryptedDb(path, key, { create: true });
  applyPragmas(db);
  return db;
}

/** Clients as the client service writes them (folded, segmented name; digits-only phone). */
function addClients(
  db: Db,
  names: readonly string[],
  phones: readonly (string | null)[],
): string[] {
  const insert = db.prepare(
    `INSERT INTO client (id, name, name_search, gender, phone, phone_digits, created_at, updated_at, installation_id)
     VALUES (?, ?, ?, 'U', ?, ?, 1, 1, 'inst')`,
  );
  return db.transaction(() =>
    names.map((name, i) => {
      const id = randomUUID();
      insert.run(id, name, segmentForSearch(name), phones[i] ?? null, phoneDigits(phones[i]));
      return id;
    }),
  )();
}

const nameHits = (db: Db, fragment: string): string[] =>
  db
    .prepare(
      `SELECT c.name FROM client_name_fts f JOIN client c ON c.rowid = f.rowid WHERE client_name_fts MATCH ? ORDER BY c.name`,
    )
    .pluck()
    .all(`"${segmentForSearch(fragment)}"*`) as string[];
const phoneHits = (db: Db, digits: string): string[] =>
  db
    .prepare(
      `SELECT c.name FROM client_phone_fts f JOIN client c ON c.rowid = f.rowid WHERE client_phone_fts MATCH ? ORDER BY c.name`,
    )
    .pluck()
    .all(`"${digits}"`) as string[];
const ftsIntact = (db: Db): void => {
  db.exec("INSERT INTO client_name_fts (client_name_fts, rank) VALUES ('integrity-check', 1)");
  db.exec("INSERT INTO client_phone_fts (client_phone_fts, rank) VALUES ('integrity-check', 1)");
};

describe('migration 0040 (case list)', () => {
  it('makes clients written before it searchable, and keeps the index in step afterwards', () => {
    const dir = freshDir('eap-0040-');
    const db = openDb(join(dir, 'm.db'));
    migrate(db, BEFORE_0040);
    const rng = createRng(40);
    const names = Array.from({ length: 400 }, () =>
      syntheticName(rng, rng.pick(['F', 'M'] as const)),
    );
    const phones = names.map(() => (rng.chance(0.7) ? syntheticPhone(rng) : null));
    // A known pair for 台/臺 and a formatted office number.
    names.push('測試台生', '測試臺英');
    phones.push('(02) 2422-0295 #123', null);
    addClients(db, names, phones);

    migrate(db, UP_TO_0040);
    expect(userVersion(db)).toBe(40);
    ftsIntact(db);
    const expected = (fragment: string) =>
      names.filter((n) => segmentForSearch(n).includes(segmentForSearch(fragment))).sort();
    for (const fragment of [names[0]!.slice(0, 1), names[1]!.slice(1), names[2]!])
      expect(nameHits(db, fragment)).toEqual(expected(fragment));
    expect(nameHits(db, '臺')).toEqual(expect.arrayContaining(['測試台生', '測試臺英']));
    expect(nameHits(db, '台英')).toEqual(['測試臺英']);
    expect(phoneHits(db, '24220295')).toEqual(['測試台生']);

    // Triggers: insert, rename, new phone, delete.
    const [id] = addClients(db, ['測試甲乙'], ['0912-345-678']);
    expect(nameHits(db, '甲乙')).toEqual(['測試甲乙']);
    db.prepare('UPDATE client SET name = ?, name_search = ?, phone_digits = ? WHERE id = ?').run(
      '測試丙丁',
      segmentForSearch('測試丙丁'),
      '0287654321',
      id,
    );
    expect(nameHits(db, '甲乙')).toEqual([]);
    expect(nameHits(db, '丙丁')).toEqual(['測試丙丁']);
    expect(phoneHits(db, '345678')).toEqual([]);
    expect(phoneHits(db, '87654321')).toEqual(['測試丙丁']);
    db.prepare('DELETE FROM client WHERE id = ?').run(id);
    expect(nameHits(db, '丙丁')).toEqual([]);
    ftsIntact(db);

    // Backups and key rotation copy with VACUUM INTO: rowids, and so the index, must survive.
    db.prepare('DELETE FROM client WHERE rowid % 7 = 0').run();
    const copyPath = join(dir, 'copy.db');
    db.exec(`VACUUM INTO '${copyPath}'`);
    const copy = openEncryptedDb(copyPath, key);
    ftsIntact(copy);
    expect(nameHits(copy, '臺')).toEqual(nameHits(db, '臺'));
    copy.close();
    db.close();
  });

  it('adds saved filters (one name per person) and the list indexes', () => {
    const db = openDb(join(freshDir('eap-0040-'), 'm.db'));
    migrate(db, MIGRATIONS);
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'case_file'")
      .pluck()
      .all();
    expect(indexes).toEqual(
      expect.arrayContaining([
        'case_updated',
        'case_follow_up_sort',
        'case_open_follow_up',
        'case_risk_status',
      ]),
    );
    db.prepare(
      "INSERT INTO account (id, username, display_name, role, created_at, updated_at, installation_id) VALUES ('a1', 'u1', 'U', 'desk', 1, 1, 'i')",
    ).run();
    const save = db.prepare(
      "INSERT INTO saved_filter (id, account_id, name, filter, created_at, updated_at, installation_id) VALUES (?, 'a1', ?, '{}', 1, 1, 'i')",
    );
    save.run('f1', '我的個案');
    expect(() => save.run('f2', '我的個案')).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO saved_filter (id, account_id, name, filter, created_at, updated_at, installation_id) VALUES ('f3', 'nobody', 'x', '{}', 1, 1, 'i')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
