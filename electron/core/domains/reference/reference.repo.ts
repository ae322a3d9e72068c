import { randomUUID } from 'node:crypto';
import type { RefList } from '../../../../shared/domain/reference-lists';
import type { RefItem } from '../../../../shared/ipc/schemas/reference';
import type { Db } from '../../db/open';

interface RefDbRow {
  readonly id: string;
  readonly list: RefList;
  readonly code: string;
  readonly label_zh: string;
  readonly label_en: string;
  readonly parent_code: string | null;
  readonly sort_order: number;
  readonly active: number;
}

const toItem = (r: RefDbRow): RefItem => ({
  id: r.id,
  list: r.list,
  code: r.code,
  labelZh: r.label_zh,
  labelEn: r.label_en,
  parentCode: r.parent_code,
  sortOrder: r.sort_order,
  active: r.active === 1,
});

const COLUMNS = 'id, list, code, label_zh, label_en, parent_code, sort_order, active';

export function listRefItems(
  db: Db,
  list: RefList | undefined,
  includeInactive: boolean,
): RefItem[] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM ref_item
       WHERE (@list IS NULL OR list = @list) AND (@all = 1 OR active = 1)
       ORDER BY list, sort_order, code`,
    )
    .all({ list: list ?? null, all: includeInactive ? 1 : 0 }) as RefDbRow[];
  return rows.map(toItem);
}

export function getRefItem(db: Db, id: string): RefItem | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM ref_item WHERE id = ?`).get(id) as
    RefDbRow | undefined;
  return row ? toItem(row) : undefined;
}

export function refCodeExists(db: Db, list: RefList, code: string): boolean {
  return (
    db.prepare('SELECT 1 FROM ref_item WHERE list = ? AND code = ?').get(list, code) !== undefined
  );
}

export interface NewRefItem {
  readonly list: RefList;
  readonly code: string;
  readonly labelZh: string;
  readonly labelEn: string;
  readonly parentCode: string | null;
  readonly sortOrder: number;
}

/** INSERT OR IGNORE on (list, code): seeding twice, or over the administrator's edits, changes nothing. */
export function insertRefItem(
  db: Db,
  item: NewRefItem,
  at: number,
  installationId: string,
): { id: string; inserted: boolean } {
  const id = randomUUID();
  const res = db
    .prepare(
      `INSERT OR IGNORE INTO ref_item (id, list, code, label_zh, label_en, parent_code, sort_order, active, created_at, updated_at, installation_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    )
    .run(
      id,
      item.list,
      item.code,
      item.labelZh,
      item.labelEn,
      item.parentCode,
      item.sortOrder,
      at,
      at,
      installationId,
    );
  return { id, inserted: res.changes > 0 };
}

export function nextSortOrder(db: Db, list: RefList): number {
  const max = db
    .prepare('SELECT MAX(sort_order) FROM ref_item WHERE list = ?')
    .pluck()
    .get(list) as number | null;
  return (max ?? 0) + 10;
}

export function updateRefItem(
  db: Db,
  id: string,
  patch: {
    labelZh: string;
    labelEn: string;
    parentCode: string | null;
    sortOrder: number;
    active: boolean;
  },
  at: number,
  installationId: string,
): void {
  db.prepare(
    `UPDATE ref_item SET label_zh = ?, label_en = ?, parent_code = ?, sort_order = ?, active = ?, updated_at = ?, installation_id = ?
     WHERE id = ?`,
  ).run(
    patch.labelZh,
    patch.labelEn,
    patch.parentCode,
    patch.sortOrder,
    patch.active ? 1 : 0,
    at,
    installationId,
    id,
  );
}

export function deleteRefItem(db: Db, id: string): void {
  db.prepare('DELETE FROM ref_item WHERE id = ?').run(id);
}
