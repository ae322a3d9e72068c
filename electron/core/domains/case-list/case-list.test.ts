import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CASE_SORTS,
  type CaseListFilter,
  type CaseListRow,
} from '../../../../shared/ipc/schemas/case-list';
import { createRng } from '../../seed/prng';
import { syntheticName } from '../../seed/names';
import { listCases } from './case-list.service';
import { expectedCases, sortCases } from './list-reference';
import { createListKit, type ListKit } from './list-test-kit';
import { officeToday } from './office-today';

/**
 * cases.list over a few hundred synthetic cases on a real encrypted database, checked against a
 * plain-JS reference: every filter, every sort in both directions, keyset paging (every row
 * exactly once, in order) under both query plans, and the search box.
 */
let k: ListKit;
let today: string;
const rng = createRng(606);
const special: { tai: string; tai2: string; phoneClient: string; caseNumber: string } = {
  tai: '',
  tai2: '',
  phoneClient: '',
  caseNumber: '',
};

beforeAll(async () => {
  k = await createListKit(360);
  today = await k.withDb((db) => officeToday(db, k.kit.clock.now()));
  // Through the app's own intake path too: clients.create (index triggers), cases.create (numbering).
  const surname = syntheticName(rng, 'F').slice(0, 1);
  special.tai = `${surname}台${'生'}`;
  special.tai2 = `${syntheticName(rng, 'M').slice(0, 1)}臺生`;
  for (const name of [special.tai, special.tai2]) {
    const clientId = await k.newClient({ name });
    await k.kit.ok('cases.create', k.intake(clientId, { nextFollowUp: '2025-03-10' }));
  }
  special.phoneClient = await k.newClient({
    name: syntheticName(rng, 'F'),
    phone: '(02) 2422-0295 #123',
    email: 'zq9test@mail.example.gov.tw',
  });
  special.caseNumber = (
    await k.kit.ok<{ caseNumber: string }>('cases.create', k.intake(special.phoneClient))
  ).caseNumber;
  await k.refresh();
}, 120_000);
afterAll(() => k.kit.dispose());

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

async function expectListing(filter: CaseListFilter & { limit?: number }): Promise<CaseListRow[]> {
  const { rows, total } = await k.pageAll({ ...filter, limit: filter.limit ?? 200 });
  const sort = filter.sort ?? 'updatedAt';
  const dir = filter.dir ?? (sort === 'nextFollowUp' ? 'asc' : 'desc');
  const expected = sortCases(expectedCases(k.snap, filter, today), sort, dir);
  expect(ids(rows), JSON.stringify(filter)).toEqual(ids(expected));
  expect(total).toBe(expected.length);
  return rows;
}

describe('cases.list', () => {
  it('applies each filter, alone and combined, exactly as the reference does', async () => {
    const some = k.snap.cases[7]!;
    const bureau = [...k.snap.parentOf.entries()].find(
      ([id, parent]) => parent !== null && [...k.snap.parentOf.values()].includes(id),
    )![0];
    const filters: CaseListFilter[] = [
      {},
      { status: ['intake', 'active'] },
      { status: ['closed'] },
      { riskLevels: ['high', 'crisis'] },
      { facets: ['health'] },
      { facets: ['organisation', 'management'] },
      { deskOwnerId: k.desk.id },
      { counsellorId: k.counsellor.id },
      { providerId: some.provider_id ?? k.snap.cases.find((c) => c.provider_id)!.provider_id! },
      { agencyId: bureau },
      { agencyId: some.agency_id! },
      { requestedFrom: '2024-01-01', requestedTo: '2024-12-31' },
      { requestedFrom: '2025-01-01' },
      { overdue: true },
      { status: ['active'], facets: ['work'], riskLevels: ['general', 'concern'] },
      { deskOwnerId: k.desk.id, overdue: true, sort: 'nextFollowUp' },
      { agencyId: bureau, requestedTo: '2020-12-31', status: ['closed'] },
    ];
    for (const f of filters) await expectListing(f);
    expect((await expectListing({ agencyId: bureau })).length).toBeGreaterThan(
      (await expectListing({ agencyId: bureau, status: ['active'] })).length,
    );
  });

  it('pages every sort in both directions: every row exactly once, in order (property)', async () => {
    const filterArb = fc.record(
      {
        status: fc.subarray(['intake', 'active', 'closed'] as const, { minLength: 1 }),
        riskLevels: fc.subarray(['general', 'concern', 'high', 'crisis'] as const, {
          minLength: 1,
        }),
        facets: fc.subarray(['work', 'life', 'health', 'organisation', 'management'], {
          minLength: 1,
        }),
        requestedFrom: fc.constantFrom('2016-06-01', '2021-01-01', '2024-07-01'),
        overdue: fc.constant(true),
      },
      { requiredKeys: [] },
    );
    // Unfiltered first: every case, many pages.
    for (const sort of CASE_SORTS)
      for (const dir of ['asc', 'desc'] as const)
        expect((await expectListing({ sort, dir, limit: 37 })).length).toBe(k.snap.cases.length);
    await fc.assert(
      fc.asyncProperty(
        filterArb,
        fc.constantFrom(...CASE_SORTS),
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.integer({ min: 1, max: 80 }),
        async (filter, sort, dir, limit) => {
          const rows = await expectListing({ ...filter, sort, dir, limit });
          expect(new Set(ids(rows)).size).toBe(rows.length);
        },
      ),
      { numRuns: 30, seed: 6 },
    );
  }, 120_000);

  it('gives the same pages whichever plan runs (the plan is a matter of speed only)', async () => {
    await k.withDb((db) => {
      fc.assert(
        fc.property(
          fc.record(
            {
              status: fc.subarray(['intake', 'active', 'closed'] as const, { minLength: 1 }),
              facets: fc.subarray(['work', 'health'], { minLength: 1 }),
              search: fc.constantFrom('陳', '林', '0', '2422'),
            },
            { requiredKeys: [] },
          ),
          fc.constantFrom(...CASE_SORTS),
          fc.constantFrom('asc' as const, 'desc' as const),
          (filter, sort, dir) => {
            const walk = (plan: 'sortIndex' | 'filterIndex') => {
              const out: string[] = [];
              let cursor: string | undefined;
              do {
                const page = listCases(
                  db,
                  { ...filter, sort, dir, limit: 23, ...(cursor ? { cursor } : {}) },
                  today,
                  { plan },
                );
                out.push(...ids(page.rows));
                cursor = page.next ?? undefined;
              } while (cursor);
              return out;
            };
            expect(walk('sortIndex')).toEqual(walk('filterIndex'));
          },
        ),
        { numRuns: 25, seed: 7 },
      );
    });
  }, 120_000);

  it('searches names by 1, 2 and 3+ characters with 台 and 臺 as one', async () => {
    const names = (rows: CaseListRow[]) => new Set(rows.map((r) => r.clientName));
    const first = k.snap.cases[0]!.name_search.split(' ');
    for (const q of [
      first[0]!,
      first.slice(1).join(''),
      first.join(''),
      '台',
      '臺',
      '台生',
      '臺生',
      special.tai,
      special.tai2.replace('臺', '台'),
    ]) {
      const rows = await expectListing({ search: q });
      expect(rows.length, q).toBeGreaterThan(0);
    }
    for (const q of ['台生', '臺生']) {
      const found = names(await expectListing({ search: q }));
      expect(found.has(special.tai) && found.has(special.tai2), q).toBe(true);
    }
  });

  it('searches phone digits in any formatting, e-mail prefixes and case numbers', async () => {
    for (const q of [
      '0224220295',
      '2422-0295',
      '(02)2422 0295',
      '0295',
      '24220295',
      'zq9test@',
      'ZQ9TEST@mail',
    ]) {
      const rows = await expectListing({ search: q });
      expect(
        rows.map((r) => r.caseNumber),
        q,
      ).toContain(special.caseNumber);
    }
    expect((await expectListing({ search: special.caseNumber })).map((r) => r.caseNumber)).toEqual([
      special.caseNumber,
    ]);
    const [year, seq] = special.caseNumber.split('-') as [string, string];
    expect(
      (await expectListing({ search: `${year}-${Number(seq)}` })).map((r) => r.caseNumber),
    ).toEqual([special.caseNumber]);
    // A bare sequence finds that number in every year (the reference checks which).
    expect((await expectListing({ search: seq })).map((r) => r.caseNumber)).toContain(
      special.caseNumber,
    );
    expect(
      (await expectListing({ search: '1' })).every((r) => r.caseNumber.endsWith('-000001')),
    ).toBe(true);
  });

  it('returns list columns only — no presenting summary, nothing clinical — and overdue days', async () => {
    const { rows } = await k.kit.ok<{ rows: CaseListRow[] }>('cases.list', {
      overdue: true,
      limit: 5,
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual(
        [
          'agencyName',
          'caseNumber',
          'clientName',
          'counsellorName',
          'deskOwnerName',
          'facets',
          'id',
          'nextFollowUp',
          'overdueDays',
          'providerName',
          'requestedOn',
          'riskLevel',
          'status',
        ].sort(),
      );
      const days = (Date.parse(today) - Date.parse(r.nextFollowUp!)) / 86_400_000;
      expect(r.overdueDays).toBe(days);
    }
  });

  it('refuses a cursor from another sort, a forged cursor, reversed dates and oversized pages', async () => {
    const first = await k.kit.ok<{ next: string }>('cases.list', { limit: 5 });
    const issueKeys = async (input: Record<string, unknown>) => {
      const res = await k.kit.call('cases.list', input);
      expect(res.ok).toBe(false);
      return res.ok ? [] : (res.error.issues ?? []).map((i) => `${i.path.join('.')}:${i.key}`);
    };
    expect(await issueKeys({ cursor: first.next, sort: 'caseNumber' })).toEqual([
      'cursor:validation.cursor',
    ]);
    expect(
      await issueKeys({
        cursor: Buffer.from(
          '{"s":"updatedAt","d":"desc","p":"sortIndex","k":"x","i":"y"}',
        ).toString('base64url'),
      }),
    ).toEqual(['cursor:validation.cursor']);
    expect(await issueKeys({ cursor: 'not a cursor' })).toEqual(['cursor:validation.cursor']);
    expect(await issueKeys({ requestedFrom: '2025-02-01', requestedTo: '2025-01-01' })).toEqual([
      'requestedTo:validation.dateOrder',
    ]);
    expect((await issueKeys({ limit: 201 })).length).toBe(1);
    expect(await issueKeys({ search: 'A123456789' })).toEqual(['search:validation.nationalId']);
  });
});
