import type { CaseListFilter, CaseSort } from '../../../../shared/ipc/schemas/case-list';
import type { Cursor, Plan } from './cursor';
import { CLIENT_NAME_ROWIDS, CLIENT_PHONE_ROWIDS, type SearchTerm } from './search-terms';

/**
 * SQL for the case list, built from fixed fragments with bound parameters only.
 *
 * Two plans, chosen per listing (case-list.service.ts): 'sortIndex' walks the sort key's index
 * in order and tests each case against the filters, stopping at the page size — best when many
 * cases match; 'filterIndex' looks the matching cases up through the filters' indexes and sorts
 * them — best when few match. SQLite cannot tell the two apart without statistics, so the query
 * says which: a unary `+` keeps a term from being used as an index (SQLite's documented way), in
 * the filters for 'sortIndex' and in the ORDER BY for 'filterIndex'.
 */
export type Param = string | number;
export interface Sql {
  readonly sql: string;
  readonly params: readonly Param[];
}

/** The sort key as an expression over case_file c; each has an index ending in id (migrations 0030/0040). */
export const SORT_KEY: Readonly<Record<CaseSort, string>> = {
  updatedAt: 'c.updated_at',
  requestedOn: 'c.requested_on',
  caseNumber: 'c.case_number',
  // No follow-up date sorts after every date (ascending); the index is on this very expression.
  nextFollowUp: "coalesce(c.next_follow_up, '9999-12-31')",
};

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

const AGENCY_SUBTREE = `(WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT a.id FROM agency a JOIN sub ON a.parent_id = sub.id) SELECT id FROM sub)`;
const SEQUENCE_ANY_YEAR = "SELECT roc_year || '-' || ? FROM case_number_counter";

/**
 * Cases of the clients a client-table condition picks. Driving, the matching clients' ids are
 * listed and their cases looked up; as a test, each case's client is probed against the (once
 * built) set of matching rowids — far cheaper than listing thousands of ids for '陳'.
 */
const byClient = (plan: Plan, clientCondition: string): string =>
  plan === 'sortIndex'
    ? `EXISTS (SELECT 1 FROM client x WHERE x.id = c.client_id AND ${clientCondition})`
    : `c.client_id IN (SELECT x.id FROM client x WHERE ${clientCondition})`;

/** The WHERE terms of a filter; `plan` decides which of them may drive the query through an index. */
export function filterTerms(f: CaseListFilter, search: SearchTerm, today: string, plan: Plan): Sql {
  const p = plan === 'sortIndex' ? '+' : '';
  const terms: string[] = [];
  const params: Param[] = [];
  const add = (sql: string, ...values: Param[]) => {
    terms.push(sql);
    params.push(...values);
  };
  if (f.status?.length) add(`${p}c.status IN (${marks(f.status.length)})`, ...f.status);
  if (f.riskLevels?.length)
    add(`${p}c.risk_level IN (${marks(f.riskLevels.length)})`, ...f.riskLevels);
  if (f.deskOwnerId) add(`${p}c.desk_owner_id = ?`, f.deskOwnerId);
  if (f.counsellorId) add(`${p}c.counsellor_id = ?`, f.counsellorId);
  if (f.providerId) add(`${p}c.provider_id = ?`, f.providerId);
  if (f.agencyId) add(`${p}c.agency_id IN ${AGENCY_SUBTREE}`, f.agencyId);
  if (f.requestedFrom) add(`${p}c.requested_on >= ?`, f.requestedFrom);
  if (f.requestedTo) add(`${p}c.requested_on <= ?`, f.requestedTo);
  // Written exactly as the partial index's WHERE (case_open_follow_up), so SQLite may use it.
  if (f.overdue)
    add(
      plan === 'sortIndex'
        ? `+c.status <> 'closed' AND +c.next_follow_up < ?`
        : `c.status <> 'closed' AND c.next_follow_up < ?`,
      today,
    );
  switch (search.kind) {
    case 'none':
      break;
    case 'name':
      add(byClient(plan, `x.rowid IN (${CLIENT_NAME_ROWIDS})`), search.match);
      break;
    case 'email':
      add(byClient(plan, 'x.email >= ? AND x.email < ?'), search.prefix, `${search.prefix}\uffff`);
      break;
    case 'caseNumber':
      add(`${p}c.case_number = ?`, search.caseNumber);
      break;
    case 'digits': {
      const either: string[] = [];
      const values: Param[] = [];
      if (search.sequence) {
        either.push(`${p}c.case_number IN (${SEQUENCE_ANY_YEAR})`);
        values.push(search.sequence);
      }
      if (search.phone) {
        either.push(byClient(plan, `x.rowid IN (${CLIENT_PHONE_ROWIDS})`));
        values.push(`"${search.phone}"`);
      }
      add(either.length > 0 ? `(${either.join(' OR ')})` : '0', ...values);
      break;
    }
  }
  if (f.facets?.length) {
    // Any of the facets. Listing a facet's cases pays off only when nothing else narrows the
    // search (a facet has tens of thousands of cases); otherwise each candidate is probed.
    const codes = marks(f.facets.length);
    const drive = plan === 'filterIndex' && terms.length === 0;
    add(
      drive
        ? `c.id IN (SELECT case_id FROM case_facet WHERE code IN (${codes}))`
        : `EXISTS (SELECT 1 FROM case_facet f WHERE f.case_id = c.id AND f.code IN (${codes}))`,
      ...f.facets,
    );
  }
  return { sql: terms.length > 0 ? terms.join(' AND ') : '1', params };
}

export interface PageQuery {
  readonly filter: CaseListFilter;
  readonly search: SearchTerm;
  readonly today: string;
  readonly sort: CaseSort;
  readonly dir: 'asc' | 'desc';
  readonly plan: Plan;
  readonly after: Cursor | null;
  readonly limit: number;
}

/** One page of ids and sort keys, in order: `(key, id)` past the cursor, never OFFSET. */
export function pageSql(q: PageQuery): Sql {
  // With no filter at all there is nothing to look up: the sort index it is, whatever a cursor says.
  const plan =
    filterTerms(q.filter, q.search, q.today, 'filterIndex').sql === '1' ? 'sortIndex' : q.plan;
  const where = filterTerms(q.filter, q.search, q.today, plan);
  const key = SORT_KEY[q.sort];
  const dir = q.dir === 'asc' ? 'ASC' : 'DESC';
  // In 'filterIndex' the sort index must not be picked (for the order or for the keyset range).
  const p = plan === 'filterIndex' ? '+' : '';
  const terms = [where.sql];
  const params: Param[] = [...where.params];
  if (q.after) {
    terms.push(`(${p}${key}, ${p}c.id) ${q.dir === 'asc' ? '>' : '<'} (?, ?)`);
    params.push(q.after.k, q.after.i);
  }
  return {
    sql: `SELECT c.id AS id, ${key} AS k FROM case_file c WHERE ${terms.join(' AND ')} ORDER BY ${p}${key} ${dir}, ${p}c.id ${dir} LIMIT ?`,
    params: [...params, q.limit],
  };
}

/** How many cases the filter matches (first page only): every term may use its index. */
export function countSql(filter: CaseListFilter, search: SearchTerm, today: string): Sql {
  const { facets, ...rest } = filter;
  // Facets alone: count the facet index itself (tens of thousands of entries, no case lookups).
  if (facets?.length && filterTerms(rest, search, today, 'filterIndex').sql === '1') {
    return {
      sql: `SELECT count(DISTINCT case_id) FROM case_facet WHERE code IN (${marks(facets.length)})`,
      params: facets,
    };
  }
  const where = filterTerms(filter, search, today, 'filterIndex');
  return { sql: `SELECT count(*) FROM case_file c WHERE ${where.sql}`, params: where.params };
}
