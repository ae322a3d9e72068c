import { randomUUID } from 'node:crypto';
import type { AgencyKind } from '../../../../shared/domain/reference-lists';
import type { AgencyRow } from '../../../../shared/ipc/schemas/agencies';
import type { Db } from '../../db/open';

export interface AgencyDbRow {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly parent_id: string | null;
  readonly kind: AgencyKind;
  readonly sort_order: number;
  readonly active: number;
}

export function allAgencies(db: Db): AgencyDbRow[] {
  return db
    .prepare('SELECT id, code, name, parent_id, kind, sort_order, active FROM agency')
    .all() as AgencyDbRow[];
}

export function getAgency(db: Db, id: string): AgencyDbRow | undefined {
  return db
    .prepare('SELECT id, code, name, parent_id, kind, sort_order, active FROM agency WHERE id = ?')
    .get(id) as AgencyDbRow | undefined;
}

export function agencyIdByCode(db: Db, code: string): string | undefined {
  return db.prepare('SELECT id FROM agency WHERE code = ?').pluck().get(code) as string | undefined;
}

/**
 * Tree order: each parent before its children, siblings by sort order then code. Built in
 * memory: a city has hundreds of agencies and schools, not millions. A row whose parent is
 * missing is shown as a root rather than lost.
 */
export function treeOrder(rows: readonly AgencyDbRow[], includeInactive: boolean): AgencyRow[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, AgencyDbRow[]>();
  for (const r of rows) {
    const parent = r.parent_id !== null && ids.has(r.parent_id) ? r.parent_id : null;
    const list = children.get(parent) ?? [];
    list.push(r);
    children.set(parent, list);
  }
  for (const list of children.values())
    list.sort(
      (a, b) => a.sort_order - b.sort_order || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
  const out: AgencyRow[] = [];
  const seen = new Set<string>();
  const stack: { row: AgencyDbRow; depth: number }[] = [...(children.get(null) ?? [])]
    .reverse()
    .map((row) => ({ row, depth: 0 }));
  while (stack.length > 0) {
    const { row, depth } = stack.pop()!;
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    if (includeInactive || row.active === 1) {
      out.push({
        id: row.id,
        code: row.code,
        name: row.name,
        parentId: row.parent_id,
        kind: row.kind,
        sortOrder: row.sort_order,
        active: row.active === 1,
        depth,
      });
    }
    for (const child of [...(children.get(row.id) ?? [])].reverse())
      stack.push({ row: child, depth: depth + 1 });
  }
  return out;
}

/** True when `parentId` is `id` itself or one of its descendants (following parents upwards). */
export function wouldCycle(
  parentOf: (id: string) => string | null | undefined,
  id: string,
  parentId: string | null,
): boolean {
  const seen = new Set<string>();
  for (
    let p: string | null | undefined = parentId;
    p !== null && p !== undefined;
    p = parentOf(p)
  ) {
    if (p === id || seen.has(p)) return true;
    seen.add(p);
  }
  return false;
}

export interface AgencyValues {
  readonly code: string;
  readonly name: string;
  readonly parentId: string | null;
  readonly kind: AgencyKind;
  readonly sortOrder: number;
  readonly active: boolean;
}

export function insertAgency(db: Db, v: AgencyValues, at: number, installationId: string): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO agency (id, code, name, parent_id, kind, sort_order, active, created_at, updated_at, installation_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    v.code,
    v.name,
    v.parentId,
    v.kind,
    v.sortOrder,
    v.active ? 1 : 0,
    at,
    at,
    installationId,
  );
  return id;
}

export function updateAgency(
  db: Db,
  id: string,
  v: AgencyValues,
  at: number,
  installationId: string,
): void {
  db.prepare(
    `UPDATE agency SET code = ?, name = ?, parent_id = ?, kind = ?, sort_order = ?, active = ?, updated_at = ?, installation_id = ?
     WHERE id = ?`,
  ).run(v.code, v.name, v.parentId, v.kind, v.sortOrder, v.active ? 1 : 0, at, installationId, id);
}

export function nextAgencySortOrder(db: Db, parentId: string | null): number {
  const max = db
    .prepare('SELECT MAX(sort_order) FROM agency WHERE parent_id IS ?')
    .pluck()
    .get(parentId) as number | null;
  return (max ?? 0) + 10;
}

export function listHeadcounts(
  db: Db,
  year: number,
): { agency_id: string; year: number; category_code: string; headcount: number }[] {
  return db
    .prepare(
      'SELECT agency_id, year, category_code, headcount FROM agency_headcount WHERE year = ? ORDER BY agency_id, category_code',
    )
    .all(year) as { agency_id: string; year: number; category_code: string; headcount: number }[];
}

/** category '' = the agency's whole headcount (the table's key cannot hold NULL). */
export function upsertHeadcount(
  db: Db,
  agencyId: string,
  year: number,
  category: string,
  headcount: number,
  at: number,
  installationId: string,
): void {
  db.prepare(
    `INSERT INTO agency_headcount (agency_id, year, category_code, headcount, updated_at, installation_id) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (agency_id, year, category_code) DO UPDATE SET headcount = excluded.headcount,
       updated_at = excluded.updated_at, installation_id = excluded.installation_id`,
  ).run(agencyId, year, category, headcount, at, installationId);
}

export function deleteHeadcount(db: Db, agencyId: string, year: number, category: string): void {
  db.prepare(
    'DELETE FROM agency_headcount WHERE agency_id = ? AND year = ? AND category_code = ?',
  ).run(agencyId, year, category);
}
