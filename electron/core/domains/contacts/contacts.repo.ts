import { randomUUID } from 'node:crypto';
import type { Gender } from '../../../../shared/domain/reference-lists';
import type { ContactRow } from '../../../../shared/ipc/schemas/contacts';
import type { Db } from '../../db/open';

export interface ContactDbRow {
  readonly id: string;
  readonly occurred_on: string;
  readonly channel_code: string;
  readonly facet_code: string | null;
  readonly service_item_code: string;
  readonly agency_id: string | null;
  readonly agency_name: string | null;
  readonly category_code: string | null;
  readonly gender: Gender;
  readonly is_manager: number | null;
  readonly minutes: number | null;
  readonly note: string;
  readonly client_id: string | null;
  readonly client_name: string | null;
  readonly case_id: string | null;
  readonly case_number: string | null;
  readonly recorded_by: string;
  readonly recorded_by_name: string | null;
  readonly created_at: number;
}

const SELECT = `
  SELECT k.id, k.occurred_on, k.channel_code, k.facet_code, k.service_item_code, k.agency_id, a.name AS agency_name, k.category_code,
         k.gender, k.is_manager, k.minutes, k.note, k.client_id, c.name AS client_name, k.case_id, f.case_number,
         k.recorded_by, u.display_name AS recorded_by_name, k.created_at
  FROM contact k
  LEFT JOIN agency a ON a.id = k.agency_id
  LEFT JOIN client c ON c.id = k.client_id
  LEFT JOIN case_file f ON f.id = k.case_id
  LEFT JOIN account u ON u.id = k.recorded_by`;

export const toContact = (r: ContactDbRow): ContactRow => ({
  id: r.id,
  occurredOn: r.occurred_on,
  channel: r.channel_code,
  facet: r.facet_code,
  serviceItem: r.service_item_code,
  agencyId: r.agency_id,
  agencyName: r.agency_name,
  category: r.category_code,
  gender: r.gender,
  isManager: r.is_manager === null ? null : r.is_manager === 1,
  minutes: r.minutes,
  note: r.note,
  clientId: r.client_id,
  clientName: r.client_name,
  caseId: r.case_id,
  caseNumber: r.case_number,
  recordedBy: { id: r.recorded_by, displayName: r.recorded_by_name ?? '' },
  createdAt: r.created_at,
});

export function getContactRow(db: Db, id: string): ContactDbRow | undefined {
  return db.prepare(`${SELECT} WHERE k.id = ?`).get(id) as ContactDbRow | undefined;
}

/** Newest first, by key (occurred_on, id): never OFFSET, so a page costs the same deep in the list. */
export function listContactRows(
  db: Db,
  f: {
    from: string | null;
    to: string | null;
    clientId: string | null;
    afterOn: string | null;
    afterId: string | null;
    limit: number;
  },
): ContactDbRow[] {
  return db
    .prepare(
      `${SELECT}
       WHERE (@from IS NULL OR k.occurred_on >= @from) AND (@to IS NULL OR k.occurred_on <= @to)
         AND (@clientId IS NULL OR k.client_id = @clientId)
         AND (@afterOn IS NULL OR (k.occurred_on, k.id) < (@afterOn, @afterId))
       ORDER BY k.occurred_on DESC, k.id DESC LIMIT @limit`,
    )
    .all(f) as ContactDbRow[];
}

export interface ContactValues {
  readonly occurredOn: string;
  readonly channel: string;
  readonly facet: string | null;
  readonly serviceItem: string;
  readonly agencyId: string | null;
  readonly category: string | null;
  readonly gender: Gender;
  readonly isManager: boolean | null;
  readonly minutes: number | null;
  readonly note: string;
  readonly clientId: string | null;
}

export function insertContact(
  db: Db,
  v: ContactValues,
  by: string,
  at: number,
  installationId: string,
): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO contact (id, occurred_on, channel_code, facet_code, service_item_code, agency_id, category_code, gender, is_manager,
       client_id, minutes, note, recorded_by, created_at, updated_at, installation_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    v.occurredOn,
    v.channel,
    v.facet,
    v.serviceItem,
    v.agencyId,
    v.category,
    v.gender,
    v.isManager === null ? null : v.isManager ? 1 : 0,
    v.clientId,
    v.minutes,
    v.note,
    by,
    at,
    at,
    installationId,
  );
  return id;
}

export function linkContact(
  db: Db,
  id: string,
  caseId: string,
  clientId: string,
  at: number,
  installationId: string,
): void {
  db.prepare(
    'UPDATE contact SET case_id = ?, client_id = ?, updated_at = ?, installation_id = ? WHERE id = ?',
  ).run(caseId, clientId, at, installationId, id);
}
