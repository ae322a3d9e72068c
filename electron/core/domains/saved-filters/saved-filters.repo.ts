import type { Db } from '../../db/open';

export interface SavedFilterDbRow {
  readonly id: string;
  readonly account_id: string;
  readonly name: string;
  readonly filter: string;
  readonly updated_at: number;
}

const COLUMNS = 'id, account_id, name, filter, updated_at';

export function listSavedFilters(db: Db, accountId: string): SavedFilterDbRow[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM saved_filter WHERE account_id = ? ORDER BY name, id`)
    .all(accountId) as SavedFilterDbRow[];
}

export function getSavedFilter(db: Db, id: string): SavedFilterDbRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM saved_filter WHERE id = ?`).get(id) as
    SavedFilterDbRow | undefined;
}

export function savedFilterByName(
  db: Db,
  accountId: string,
  name: string,
): SavedFilterDbRow | undefined {
  return db
    .prepare(`SELECT ${COLUMNS} FROM saved_filter WHERE account_id = ? AND name = ?`)
    .get(accountId, name) as SavedFilterDbRow | undefined;
}

export function countSavedFilters(db: Db, accountId: string): number {
  return db
    .prepare('SELECT count(*) FROM saved_filter WHERE account_id = ?')
    .pluck()
    .get(accountId) as number;
}

export function insertSavedFilter(
  db: Db,
  v: { id: string; accountId: string; name: string; filter: string },
  at: number,
  installationId: string,
): void {
  db.prepare(
    'INSERT INTO saved_filter (id, account_id, name, filter, created_at, updated_at, installation_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(v.id, v.accountId, v.name, v.filter, at, at, installationId);
}

export function replaceSavedFilter(
  db: Db,
  id: string,
  filter: string,
  at: number,
  installationId: string,
): void {
  db.prepare(
    'UPDATE saved_filter SET filter = ?, updated_at = ?, installation_id = ? WHERE id = ?',
  ).run(filter, at, installationId, id);
}

export function deleteSavedFilter(db: Db, id: string): void {
  db.prepare('DELETE FROM saved_filter WHERE id = ?').run(id);
}
