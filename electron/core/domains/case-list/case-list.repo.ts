import type { CaseStatus, RiskLevel } from '../../../../shared/domain/reference-lists';
import type { Db } from '../../db/open';
import type { Sql } from './case-list.query';

export interface CaseListDbRow {
  readonly id: string;
  readonly case_number: string;
  readonly client_name: string;
  readonly agency_name: string | null;
  readonly status: CaseStatus;
  readonly risk_level: RiskLevel;
  readonly facets: string | null;
  readonly desk_owner_name: string;
  readonly counsellor_name: string | null;
  readonly provider_name: string | null;
  readonly requested_on: string;
  readonly next_follow_up: string | null;
}

/**
 * The columns a list row shows, for the ids of one page (≤ 200) or a home-page list: the case's
 * own columns, names from their tables, facet codes. Deliberately no presenting summary, no
 * closing summary, nothing clinical (SECURITY.md §4). One bound parameter (a JSON array of ids)
 * keeps it a single cached statement whatever the page size.
 */
const ROWS_BY_IDS = `
  SELECT c.id, c.case_number, cl.name AS client_name, a.name AS agency_name, c.status, c.risk_level,
         (SELECT group_concat(f.code) FROM case_facet f WHERE f.case_id = c.id) AS facets,
         coalesce(d.display_name, '') AS desk_owner_name, k.display_name AS counsellor_name, p.name AS provider_name,
         c.requested_on, c.next_follow_up
  FROM case_file c
  JOIN client cl ON cl.id = c.client_id
  LEFT JOIN agency a ON a.id = c.agency_id
  LEFT JOIN account d ON d.id = c.desk_owner_id
  LEFT JOIN account k ON k.id = c.counsellor_id
  LEFT JOIN provider p ON p.id = c.provider_id
  WHERE c.id IN (SELECT value FROM json_each(?))`;

/** Rows for these ids, in the order given (the page's order). */
export function caseRowsByIds(db: Db, ids: readonly string[]): CaseListDbRow[] {
  if (ids.length === 0) return [];
  const rows = db.prepare(ROWS_BY_IDS).all(JSON.stringify(ids)) as CaseListDbRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function pageIds(db: Db, q: Sql): { id: string; k: string | number }[] {
  return db.prepare(q.sql).all(...q.params) as { id: string; k: string | number }[];
}

export function countCases(db: Db, q: Sql): number {
  return db
    .prepare(q.sql)
    .pluck()
    .get(...q.params) as number;
}

/** All cases; a count over the smallest index, cheap even at 100,000. */
export function allCasesCount(db: Db): number {
  return db.prepare('SELECT count(*) FROM case_file').pluck().get() as number;
}
