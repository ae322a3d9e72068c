import type { CaseListInput } from '../../shared/ipc/schemas/case-list';
import type { Db } from '../../electron/core/db/open';
import { listCases } from '../../electron/core/domains/case-list/case-list.service';
import type { SeedStaff } from '../../electron/core/seed/generate';

/**
 * The case-list queries the bench times: what the desk and counsellors do all day — the default
 * list and scrolling it, "my open cases", an agency and its subtree over a year, facet and risk
 * chips, overdue follow-ups, and the search box with a surname, a two-character given name, the
 * last four digits of a phone and a case number. Each is a first page WITH its total, except the
 * keyset rows (a later page, found by cursor).
 */
export interface BenchQuery {
  readonly name: string;
  readonly input: CaseListInput;
}

const input = (extra: Partial<CaseListInput>): CaseListInput => ({ limit: 50, ...extra });

export function listQueries(db: Db, staff: SeedStaff, today: string): BenchQuery[] {
  const one = <T>(sql: string, ...params: unknown[]): T =>
    db
      .prepare(sql)
      .pluck()
      .get(...params) as T;
  const bureau = one<string>("SELECT id FROM agency WHERE code = 'YG02'");
  // Sample values from somewhere in the middle of the data (by rowid, so the same every run).
  const at = (table: string) => `rowid >= (SELECT max(rowid) / 3 FROM ${table})`;
  const given = one<string>(
    `SELECT substr(name, 2) FROM client WHERE length(name) = 3 AND ${at('client')} ORDER BY rowid LIMIT 1`,
  );
  const phone = one<string>(
    `SELECT substr(phone_digits, -4) FROM client WHERE phone_digits IS NOT NULL AND ${at('client')} ORDER BY rowid LIMIT 1`,
  );
  const caseNumber = one<string>(
    `SELECT case_number FROM case_file WHERE ${at('case_file')} ORDER BY rowid LIMIT 1`,
  );
  const year = String(Number(today.slice(0, 4)) - 1);
  const queries: BenchQuery[] = [
    { name: 'default list (latest activity)', input: input({}) },
    {
      name: 'open cases by next follow-up',
      input: input({ status: ['intake', 'active'], sort: 'nextFollowUp' }),
    },
    {
      name: 'my cases (desk owner), open',
      input: input({ deskOwnerId: staff.desk[0]!, status: ['intake', 'active'] }),
    },
    {
      name: 'counsellor, all years',
      input: input({ counsellorId: staff.counsellors[0] ?? staff.desk[0]! }),
    },
    {
      name: 'agency subtree + last year, by date',
      input: input({
        agencyId: bureau,
        requestedFrom: `${year}-01-01`,
        requestedTo: `${year}-12-31`,
        sort: 'requestedOn',
      }),
    },
    {
      name: 'facet + risk chips',
      input: input({ facets: ['health'], riskLevels: ['high', 'crisis'] }),
    },
    { name: 'one facet (40% of cases)', input: input({ facets: ['work'] }) },
    { name: 'overdue follow-ups', input: input({ overdue: true, sort: 'nextFollowUp' }) },
    { name: 'search surname (1 char: 陳)', input: input({ search: '陳' }) },
    { name: 'search given name (2 chars)', input: input({ search: given }) },
    { name: 'search phone (last 4 digits)', input: input({ search: phone }) },
    { name: 'search case number', input: input({ search: caseNumber }) },
    { name: 'case number order, ascending', input: input({ sort: 'caseNumber', dir: 'asc' }) },
  ];
  // Scrolling: page 10 of the default list and page 5 of "open by follow-up", by cursor.
  for (const [name, base, pages] of [
    ['keyset page 10, default list', input({}), 9],
    [
      'keyset page 5, open by follow-up',
      input({ status: ['intake', 'active'], sort: 'nextFollowUp' }),
      4,
    ],
  ] as const) {
    let cursor: string | null = null;
    for (let i = 0; i < pages; i++)
      cursor = listCases(db, { ...base, ...(cursor ? { cursor } : {}) }, today).next;
    if (cursor) queries.push({ name, input: { ...base, cursor } });
  }
  return queries;
}
