import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntakeKit, type IntakeKit } from '../cases/intake-kit';

/**
 * clients.search through the full-text indexes (issue #6). Names are synthetic ('測試' + fixed
 * characters, so each test knows exactly which records must come back, in which order); each
 * test uses characters no other test uses.
 */
let t: IntakeKit;
beforeAll(async () => {
  t = await createIntakeKit();
});
afterAll(() => t.kit.dispose());

type Summary = { id: string; name: string; phone: string | null; email: string | null };
const search = async (q: string, limit?: number) =>
  (
    await t.kit.ok<{ clients: Summary[] }>('clients.search', limit ? { q, limit } : { q })
  ).clients.map((c) => c.id);

describe('clients.search by name', () => {
  it('finds 1, 2 and 3+ characters as a run of the name, sorted by name', async () => {
    // Binary order of the names: 丁 (U+4E01) < 乙 (U+4E59) < 甲 (U+7532).
    const long = await t.newClient({ name: '測試甲乙丙丁' });
    const two = await t.newClient({ name: '測試乙丙' });
    const other = await t.newClient({ name: '測試丁乙' });
    expect(await search('甲')).toEqual([long]);
    expect(await search('乙')).toEqual([other, two, long]);
    expect(await search('乙丙')).toEqual([two, long]);
    expect(await search('甲乙丙')).toEqual([long]);
    expect(await search('乙丙丁')).toEqual([long]);
    expect(await search('測試甲乙丙丁')).toEqual([long]);
    expect(await search(' 甲 乙 ')).toEqual([long]);
    // The same characters in another order are another name.
    expect(await search('丙乙')).toEqual([]);
    expect(await search('丁甲')).toEqual([]);
  });

  it('folds 台/臺 both ways, for one character and inside a longer fragment', async () => {
    const tai = await t.newClient({ name: '測試台灣' });
    const tai2 = await t.newClient({ name: '測試臺北' });
    expect((await search('台')).sort()).toEqual([tai, tai2].sort());
    expect((await search('臺')).sort()).toEqual([tai, tai2].sort());
    expect(await search('臺灣')).toEqual([tai]);
    expect(await search('台北')).toEqual([tai2]);
    expect(await search('測試臺灣')).toEqual([tai]);
  });

  it('matches romanised names by word and prefix, whatever the width and case', async () => {
    const id = await t.newClient({ name: 'Wang Xiaoming 測試' });
    expect(await search('ｗａｎｇ')).toEqual([id]);
    expect(await search('xiao')).toEqual([id]);
    expect(await search('WANG XIAOMING')).toEqual([id]);
  });

  it('honours the limit, keeping the first names in order, and never returns merged records', async () => {
    const ids: string[] = [];
    for (const name of ['測試壬一', '測試壬二', '測試壬三']) ids.push(await t.newClient({ name }));
    // Binary order: 一 (U+4E00) < 三 (U+4E09) < 二 (U+4E8C).
    const [one, two, three] = ids as [string, string, string];
    expect(await search('壬')).toEqual([one, three, two]);
    expect(await search('壬', 2)).toEqual([one, three]);
    await t.kit.ok('clients.merge', { keepId: two, mergeId: one });
    expect(await search('壬')).toEqual([three, two]);
    expect(await search('壬', 1)).toEqual([three]);
  });
});

describe('clients.search by phone and e-mail', () => {
  it('finds phone digits anywhere in the number, whatever the formatting (4 digits or more)', async () => {
    const mobile = await t.newClient({ name: '測試子', phone: '0912-345-678' });
    const office = await t.newClient({ name: '測試丑', phone: '(037) 765-432' });
    for (const q of [
      '0912345678',
      '0912 345 678',
      '０９１２３４５６７８',
      '(0912)345678',
      '345678',
      '5678',
    ])
      expect(await search(q), q).toEqual([mobile]);
    // A three-digit area code looks like a case number to the case list; here it is a phone.
    expect(await search('037-765432')).toEqual([office]);
    expect(await search('765432')).toEqual([office]);
    expect(await search('678')).toEqual([]);
  });

  it('finds an e-mail address by prefix, case-insensitive, sorted by address', async () => {
    const b = await t.newClient({ name: '測試寅', email: 'same.person@b.example.gov.tw' });
    const a = await t.newClient({ name: '測試卯', email: 'Same.Person@A.example.gov.tw' });
    expect(await search('same.person@')).toEqual([a, b]);
    expect(await search('SAME.PERSON@B')).toEqual([b]);
    expect(await search('same.person@c')).toEqual([]);
    // Without '@' it is a name fragment.
    expect(await search('same.person')).toEqual([]);
  });
});

describe('the full-text indexes stay in step with the records', () => {
  it('after create, rename, new phone and merge', async () => {
    const id = await t.newClient({ name: '測試戊己', phone: '02-2700-1111' });
    expect(await search('戊己')).toEqual([id]);
    expect(await search('27001111')).toEqual([id]);

    await t.kit.ok('clients.update', { id, name: '測試庚辛' });
    expect(await search('戊己')).toEqual([]);
    expect(await search('庚辛')).toEqual([id]);
    expect(await search('27001111')).toEqual([id]);

    await t.kit.ok('clients.update', { id, phone: '02-2700-2222' });
    expect(await search('27001111')).toEqual([]);
    expect(await search('27002222')).toEqual([id]);
    await t.kit.ok('clients.update', { id, phone: null });
    expect(await search('27002222')).toEqual([]);

    const twin = await t.newClient({ name: '測試庚辛', phone: '02-2700-3333' });
    expect((await search('庚辛')).sort()).toEqual([id, twin].sort());
    await t.kit.ok('clients.merge', { keepId: id, mergeId: twin });
    expect(await search('庚辛')).toEqual([id]);
    expect(await search('27003333')).toEqual([]);

    // Both indexes agree with the client table, row for row.
    await t.withDb((db) => {
      db.exec("INSERT INTO client_name_fts (client_name_fts, rank) VALUES ('integrity-check', 1)");
      db.exec(
        "INSERT INTO client_phone_fts (client_phone_fts, rank) VALUES ('integrity-check', 1)",
      );
    });
  });
});
