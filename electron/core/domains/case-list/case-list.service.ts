import type { z } from 'zod';
import type {
  CaseListFilter,
  CaseListInput,
  CaseListRow,
  CaseSort,
  caseListOutput,
} from '../../../../shared/ipc/schemas/case-list';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import { countSql, filterTerms, pageSql } from './case-list.query';
import {
  allCasesCount,
  caseRowsByIds,
  countCases,
  pageIds,
  type CaseListDbRow,
} from './case-list.repo';
import { decodeCursor, encodeCursor, type Cursor, type Plan } from './cursor';
import { parseSearch } from './search-terms';

/** Newest activity first; case numbers and request dates newest first; follow-ups soonest first. */
export const DEFAULT_DIR: Readonly<Record<CaseSort, 'asc' | 'desc'>> = {
  updatedAt: 'desc',
  requestedOn: 'desc',
  caseNumber: 'desc',
  nextFollowUp: 'asc',
};

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** Whole days an open case's follow-up date lies before today ("逾期 3 天"); null otherwise. */
export function overdueDays(
  status: string,
  nextFollowUp: string | null,
  today: string,
): number | null {
  if (status === 'closed' || nextFollowUp === null || nextFollowUp >= today) return null;
  return Math.round(dayNumber(today) - dayNumber(nextFollowUp));
}

export function toListRow(r: CaseListDbRow, today: string): CaseListRow {
  return {
    id: r.id,
    caseNumber: r.case_number,
    clientName: r.client_name,
    agencyName: r.agency_name,
    status: r.status,
    riskLevel: r.risk_level,
    facets: r.facets ? r.facets.split(',').sort() : [],
    deskOwnerName: r.desk_owner_name,
    counsellorName: r.counsellor_name,
    providerName: r.provider_name,
    requestedOn: r.requested_on,
    nextFollowUp: r.next_follow_up,
    overdueDays: overdueDays(r.status, r.next_follow_up, today),
  };
}

/**
 * Walking the sort index costs about limit × all / matching row tests; looking the matches up and
 * sorting them costs about `matching`. The cheaper one wins; an unfiltered list always walks the
 * sort index (no sort step at all).
 */
export function choosePlan(matching: number, all: number, limit: number, filtered: boolean): Plan {
  if (!filtered) return 'sortIndex';
  return matching * matching > limit * all ? 'sortIndex' : 'filterIndex';
}

export interface ListOptions {
  /** Tests only: run a given plan instead of the chosen one, to check both give the same rows. */
  readonly plan?: Plan;
}

/**
 * One page of the case list. Filtering, sorting and paging happen in SQL with bound parameters;
 * the page is found by key (cursor), never by OFFSET; the total is counted on the first page.
 */
export function listCases(
  db: Db,
  input: CaseListInput,
  today: string,
  opts: ListOptions = {},
): z.output<typeof caseListOutput> {
  if (input.requestedFrom && input.requestedTo && input.requestedTo < input.requestedFrom) {
    throw new AppError('VALIDATION', {
      issues: [{ path: ['requestedTo'], key: 'validation.dateOrder' }],
    });
  }
  const { cursor: rawCursor, limit, ...filter } = input;
  const sort = filter.sort ?? 'updatedAt';
  const dir = filter.dir ?? DEFAULT_DIR[sort];
  const search = parseSearch(filter.search);
  let after: Cursor | null = null;
  let total: number | null = null;
  let plan: Plan;
  if (rawCursor !== undefined) {
    after = decodeCursor(rawCursor, sort, dir);
    plan = after.p;
  } else {
    total = countCases(db, countSql(filter, search, today));
    const filtered = filterTerms(filter, search, today, 'filterIndex').sql !== '1';
    plan = choosePlan(total, filtered ? allCasesCount(db) : total, limit, filtered);
  }
  if (opts.plan) plan = opts.plan;
  const found = pageIds(
    db,
    pageSql({ filter, search, today, sort, dir, plan, after, limit: limit + 1 }),
  );
  const page = found.slice(0, limit);
  const last = page[page.length - 1];
  const next =
    found.length > limit && last
      ? encodeCursor({ s: sort, d: dir, p: plan, k: last.k, i: last.id })
      : null;
  return {
    rows: caseRowsByIds(
      db,
      page.map((r) => r.id),
    ).map((r) => toListRow(r, today)),
    next,
    total,
  };
}

export type { CaseListFilter };
