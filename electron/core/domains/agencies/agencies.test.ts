import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toIpcChunks } from '../../../../shared/domain/csv-chunks';
import { catalogs } from '../../../../shared/i18n';
import { createIntakeKit, type IntakeKit } from '../cases/intake-kit';
import { parseCsv } from './csv';

let t: IntakeKit;
beforeAll(async () => {
  t = await createIntakeKit();
  await t.loginAs('admin');
});
afterAll(() => t.kit.dispose());

type Row = {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  depth: number;
  active: boolean;
  kind: string;
};
type Report = {
  dryRun: boolean;
  written: boolean;
  rows: number;
  agenciesCreated: number;
  agenciesUpdated: number;
  headcountsSet: number;
  errors: { line: number; key: string; params?: Record<string, unknown> }[];
  errorCount: number;
};
const agencies = async (includeInactive = false) =>
  (await t.kit.ok<{ agencies: Row[] }>('agencies.list', { includeInactive })).agencies;
const byCode = async (code: string) => (await agencies(true)).find((a) => a.code === code);
const importCsv = (text: string, dryRun: boolean) =>
  t.kit.ok<Report>('agencies.importCsv', { chunks: toIpcChunks(text), dryRun });
const headcounts = async (year: number) =>
  (
    await t.kit.ok<{ rows: { agencyId: string; category: string | null; headcount: number }[] }>(
      'agencies.headcounts',
      { year },
    )
  ).rows;

describe('the agency tree', () => {
  it('lists in tree order with depth, moves a branch, refuses a cycle, deactivates', async () => {
    const { id: city } = await t.kit.ok<{ id: string }>('agencies.create', {
      code: 'C00',
      name: '測試市政府',
      kind: 'government',
    });
    const { id: edu } = await t.kit.ok<{ id: string }>('agencies.create', {
      code: 'C10',
      name: '測試教育處',
      kind: 'bureau',
      parentId: city,
    });
    const { id: school } = await t.kit.ok<{ id: string }>('agencies.create', {
      code: 'C11',
      name: '測試國小',
      kind: 'school',
      parentId: edu,
    });
    const { id: dist } = await t.kit.ok<{ id: string }>('agencies.create', {
      code: 'C05',
      name: '測試區公所',
      kind: 'district',
      parentId: city,
      sortOrder: 1,
    });
    const tree = (await agencies()).filter((a) => a.code.startsWith('C'));
    expect(tree.map((a) => [a.code, a.depth])).toEqual([
      ['C00', 0],
      ['C05', 1],
      ['C10', 1],
      ['C11', 2],
    ]);
    expect(await t.kit.call('agencies.update', { id: edu, parentId: school })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'errors.agencyCycle' },
    });
    expect(await t.kit.call('agencies.update', { id: edu, parentId: edu })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'errors.agencyCycle' },
    });
    await t.kit.ok('agencies.update', { id: school, parentId: dist, name: '測試國民小學' });
    expect(await byCode('C11')).toMatchObject({ parentId: dist, depth: 2, name: '測試國民小學' });
    expect(await t.kit.call('agencies.update', { id: school, code: 'C10' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['code'], key: 'validation.codeTaken' }] },
    });
    await t.kit.ok('agencies.update', { id: school, active: false });
    expect((await agencies()).map((a) => a.code)).not.toContain('C11');
    expect(await byCode('C11')).toMatchObject({ active: false });
  });

  it('sets and removes a yearly headcount, per staff category or for the whole agency', async () => {
    await t.kit.ok('agencies.setHeadcount', { agencyId: t.agencyId, year: 2025, headcount: 120 });
    await t.kit.ok('agencies.setHeadcount', {
      agencyId: t.agencyId,
      year: 2025,
      category: 'teacher',
      headcount: 30,
    });
    expect(
      await t.kit.call('agencies.setHeadcount', {
        agencyId: t.agencyId,
        year: 2025,
        category: 'astronaut',
        headcount: 1,
      }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['category'], key: 'validation.unknownCode' }] },
    });
    expect((await headcounts(2025)).filter((r) => r.agencyId === t.agencyId)).toEqual([
      { agencyId: t.agencyId, year: 2025, category: null, headcount: 120 },
      { agencyId: t.agencyId, year: 2025, category: 'teacher', headcount: 30 },
    ]);
    await t.kit.ok('agencies.setHeadcount', {
      agencyId: t.agencyId,
      year: 2025,
      category: 'teacher',
      headcount: null,
    });
    expect((await headcounts(2025)).filter((r) => r.agencyId === t.agencyId)).toHaveLength(1);
  });
});

describe('CSV import', () => {
  const good = [
    'code,name,parent_code,kind,year,headcount',
    'K01,測試甲局,,bureau,114,80',
    'K02,"測試乙所, 分所",K01,機關,2025,12',
    'K03,測試丙校,K02,學校,,',
  ].join('\r\n');

  it('a dry run reports and changes nothing; the real run writes everything with one audit row', async () => {
    const dry = await importCsv(good, true);
    expect(dry).toMatchObject({
      dryRun: true,
      written: false,
      rows: 3,
      agenciesCreated: 3,
      agenciesUpdated: 0,
      headcountsSet: 2,
      errors: [],
    });
    expect(await byCode('K01')).toBeUndefined();
    const real = await importCsv(good, false);
    expect(real).toMatchObject({
      dryRun: false,
      written: true,
      agenciesCreated: 3,
      headcountsSet: 2,
    });
    const k01 = (await byCode('K01'))!;
    const k02 = (await byCode('K02'))!;
    expect(k02).toMatchObject({
      name: '測試乙所, 分所',
      parentId: k01.id,
      kind: 'agency',
      depth: 1,
    });
    expect(await byCode('K03')).toMatchObject({ parentId: k02.id, kind: 'school', depth: 2 });
    expect(
      (await headcounts(2025))
        .filter((r) => r.agencyId === k01.id || r.agencyId === k02.id)
        .map((r) => r.headcount)
        .sort(),
    ).toEqual([12, 80]);
    const audit = await t.kit.ok<{ entries: { details: Record<string, unknown> }[] }>(
      'audit.list',
      { action: 'agency.imported' },
    );
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]!.details).toEqual({ created: 3, updated: 0, headcounts: 2 });
  });

  it('a bad line reports its line number in both languages and nothing is written', async () => {
    const text = [
      'code,name,parent_code,kind,year,headcount',
      'B01,測試丁局,,bureau,114,10',
      'B02,測試戊所,NOPE,,114,5',
      'B03,測試己所,B01,,114,-3',
      '"B04,測試庚所,B01,,114,3',
    ].join('\n');
    const res = await importCsv(text, false);
    expect(res).toMatchObject({
      written: false,
      errors: [{ line: 5, key: 'validation.csv.quote', params: { line: 5 } }],
    });
    const res2 = await importCsv(text.split('\n').slice(0, 4).join('\n'), false);
    expect(res2.written).toBe(false);
    expect(res2.errors).toEqual([
      { line: 3, key: 'validation.csv.parentUnknown', params: { parent: 'NOPE' } },
      { line: 4, key: 'validation.csv.headcount' },
    ]);
    for (const e of [...res.errors, ...res2.errors]) {
      expect(catalogs['zh-TW']).toHaveProperty([e.key]);
      expect(catalogs.en).toHaveProperty([e.key]);
    }
    expect(await byCode('B01')).toBeUndefined();
  });

  it('accepts a UTF-8 BOM and zh headers in any order, and a re-import updates headcounts and names', async () => {
    const first =
      '\uFEFF機關名稱,機關代碼,年度,員額,上級機關代碼\n測試辛局,Z01,114,50,\n測試壬所,Z02,114,20,Z01\n';
    expect(await importCsv(first, false)).toMatchObject({
      written: true,
      agenciesCreated: 2,
      headcountsSet: 2,
    });
    const z01 = (await byCode('Z01'))!;
    const again =
      '\uFEFF機關名稱,機關代碼,年度,員額,上級機關代碼\n測試辛局（新）,Z01,114,55,\n測試壬所,Z02,114,20,Z01\n測試壬所,Z02,115,22,Z01\n';
    expect(await importCsv(again, false)).toMatchObject({
      written: true,
      agenciesCreated: 0,
      agenciesUpdated: 1,
      headcountsSet: 3,
    });
    expect(await byCode('Z01')).toMatchObject({ id: z01.id, name: '測試辛局（新）' });
    expect((await headcounts(2025)).find((r) => r.agencyId === z01.id)?.headcount).toBe(55);
    const z02 = (await byCode('Z02'))!;
    expect(
      (await headcounts(2026)).filter((r) => r.agencyId === z02.id).map((r) => r.headcount),
    ).toEqual([22]);
  });

  it('refuses unknown columns, cycles inside the file, and conflicting definitions', async () => {
    expect((await importCsv('code,name,colour\nQ1,測試,red\n', true)).errors).toEqual([
      { line: 1, key: 'validation.csv.unknownColumn', params: { column: 'colour' } },
    ]);
    expect((await importCsv('name\n測試\n', true)).errors).toEqual([
      { line: 1, key: 'validation.csv.missingColumn', params: { column: 'code' } },
    ]);
    const cycle = await importCsv('code,name,parent_code\nY1,測試一,Y2\nY2,測試二,Y1\n', true);
    expect(cycle.errors.map((e) => [e.line, e.key])).toEqual([
      [2, 'validation.csv.cycle'],
      [3, 'validation.csv.cycle'],
    ]);
    const conflict = await importCsv(
      'code,name,year,headcount\nY3,測試三,114,1\nY3,測試參,115,2\nY3,測試三,114,3\n',
      true,
    );
    expect(conflict.errors).toEqual([
      { line: 3, key: 'validation.csv.conflict', params: { first: 2 } },
      { line: 4, key: 'validation.csv.duplicateHeadcount', params: { first: 2 } },
    ]);
    expect((await importCsv('', true)).errors).toEqual([{ line: 0, key: 'validation.csv.empty' }]);
  });
});

describe('a large file', () => {
  it('travels in chunks and is checked in one go', async () => {
    const lines = [
      '機關代碼,機關名稱,上級機關代碼,類型,年度,員額',
      'L0000,測試大型市府,,市政府,114,9000',
    ];
    for (let i = 1; i <= 3000; i++)
      lines.push(`L${String(i).padStart(4, '0')},測試第${i}機關,L0000,機關,114,${i % 97}`);
    const text = lines.join('\r\n');
    expect(toIpcChunks(text).length).toBeGreaterThan(1);
    expect(toIpcChunks(text).join('')).toBe(text);
    const res = await importCsv(text, true);
    expect(res).toMatchObject({
      rows: 3001,
      agenciesCreated: 3001,
      headcountsSet: 3001,
      errorCount: 0,
    });
  });
});

describe('parseCsv', () => {
  it('reads RFC 4180 quoting with line breaks inside fields and keeps line numbers', () => {
    const r = parseCsv('a,b\r\n"x ""q""","line1\nline2"\r\nlast,\n');
    expect(r).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['x "q"', 'line1\nline2'] },
        { line: 4, fields: ['last', ''] },
      ],
    });
    expect(parseCsv('a,"b\nc')).toEqual({ ok: false, line: 1 });
    expect(parseCsv('"a"b')).toEqual({ ok: false, line: 1 });
  });
});
