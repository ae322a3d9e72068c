import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CASE_SORTS,
  SORT_DIRS,
  type CaseListFilter,
} from '../../../../shared/ipc/schemas/case-list';
import type { Db } from '../../db/open';
import { DUE_TODAY, followUpSql, OVERDUE } from '../home/home.service';
import { countSql, pageSql, type Sql } from './case-list.query';
import { PLANS } from './cursor';
import { createListKit, type ListKit } from './list-test-kit';
import { officeToday } from './office-today';
import { parseSearch } from './search-terms';

/**
 * Every list query must find its rows through an index (ARCHITECTURE.md §3: "every interactive
 * query bounded … checked with EXPLAIN QUERY PLAN"): no full scan of cases or clients, whatever
 * the filter, sort, direction, plan or cursor; and the unfiltered list, in every sort, walks its
 * index in order with no sort step at all.
 */
let k: ListKit;
beforeAll(async () => {
  k = await createListKit(60);
}, 60_000);
afterAll(() => k.kit.dispose());

const plan = (db: Db, q: Sql): string[] =>
  (db.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as { detail: string }[]).map(
    (r) => r.detail,
  );
const explain = (db: Db, sql: string, params: Record<string, string | number>): string[] =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map(
    (r) => r.detail,
  );
/** A table read from end to end: 'SCAN c', 'SCAN case_file', 'SCAN client' … with no index named. */
const FULL_SCAN = /^SCAN (c|x|cl|case_file|client|case_facet|f)$/;

describe('case list query plans', () => {
  it('use an index for every filter, sort and plan (no full scan of case_file)', async () => {
    const some = k.snap.cases[0]!;
    const filters: CaseListFilter[] = [
      {},
      { status: ['intake', 'active'] },
      { riskLevels: ['crisis'] },
      { facets: ['work', 'health'] },
      { deskOwnerId: some.desk_owner_id },
      { counsellorId: k.counsellor.id },
      { providerId: k.providerId },
      { agencyId: some.agency_id! },
      { requestedFrom: '2024-01-01', requestedTo: '2024-06-30' },
      { overdue: true },
      { search: '陳' },
      { search: '陳志明' },
      { search: '114-000123' },
      { search: '000123' },
      { search: '(02) 2422-0295' },
      { search: 'abc@mail' },
      {
        status: ['active'],
        facets: ['work'],
        riskLevels: ['high'],
        deskOwnerId: some.desk_owner_id,
      },
      { agencyId: some.agency_id!, status: ['closed'], requestedFrom: '2020-01-01', search: '林' },
    ];
    await k.withDb((db) => {
      const today = officeToday(db, k.kit.clock.now());
      for (const f of filters) {
        const search = parseSearch(f.search);
        const count = plan(db, countSql(f, search, today));
        expect(
          count.filter((d) => FULL_SCAN.test(d)),
          `count ${JSON.stringify(f)}: ${count.join(' | ')}`,
        ).toEqual([]);
        for (const sort of CASE_SORTS) {
          for (const dir of SORT_DIRS) {
            for (const p of PLANS) {
              for (const after of [
                null,
                {
                  s: sort,
                  d: dir,
                  p,
                  k: sort === 'updatedAt' ? 1_700_000_000_000 : '2020-01-01',
                  i: 'm',
                },
              ]) {
                const lines = plan(
                  db,
                  pageSql({ filter: f, search, today, sort, dir, plan: p, after, limit: 51 }),
                );
                const label = `${JSON.stringify(f)} ${sort} ${dir} ${p} ${after ? 'page 2' : 'page 1'}: ${lines.join(' | ')}`;
                expect(
                  lines.filter((d) => FULL_SCAN.test(d)),
                  label,
                ).toEqual([]);
                if (Object.keys(f).length === 0 && p === 'sortIndex') {
                  expect(
                    lines.some((d) => d.includes('TEMP B-TREE')),
                    label,
                  ).toBe(false);
                  expect(lines[0], label).toMatch(/^(SCAN|SEARCH) c USING (COVERING )?INDEX /);
                }
              }
            }
          }
        }
      }
    });
  });

  it("the home page finds each person's follow-ups through their own indexes", async () => {
    await k.withDb((db) => {
      for (const condition of [OVERDUE, DUE_TODAY]) {
        const sql = followUpSql(condition);
        for (const lines of [
          explain(db, sql.count, { account: 'a', day: '2025-01-01' }),
          explain(db, sql.page, { account: 'a', day: '2025-01-01', limit: 20 }),
        ]) {
          expect(
            lines.filter((d) => FULL_SCAN.test(d)),
            lines.join(' | '),
          ).toEqual([]);
          expect(lines.join(' | ')).toMatch(
            /SEARCH c USING (COVERING )?INDEX case_owner_follow_up \(desk_owner_id=\? AND status=\? AND next_follow_up/,
          );
          expect(lines.join(' | ')).toMatch(
            /SEARCH c USING (COVERING )?INDEX case_counsellor_follow_up \(counsellor_id=\? AND status=\? AND next_follow_up/,
          );
        }
      }
    });
  });
});
