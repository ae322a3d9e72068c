import { randomUUID } from 'node:crypto';
import type { Gender } from '../../../../shared/domain/reference-lists';
import type { ClientSummary } from '../../../../shared/ipc/schemas/clients';
import type { Db } from '../../db/open';

export interface ClientDbRow {
  readonly id: string;
  readonly name: string;
  readonly agency_id: string | null;
  readonly agency_name: string | null;
  readonly category_code: string | null;
  readonly gender: Gender;
  readonly birth_year: number | null;
  readonly is_manager: number;
  readonly phone: string | null;
  readonly email: string | null;
  readonly special_groups: string;
  readonly merged_into: string | null;
  readonly open_cases: number;
  readonly created_at: number;
  readonly updated_at: number;
}

/** Every client read goes through this SELECT, so summaries look the same everywhere. */
export const CLIENT_SELECT = `
  SELECT c.id, c.name, c.agency_id, a.name AS agency_name, c.category_code, c.gender, c.birth_year, c.is_manager,
         c.phone, c.email, c.special_groups, c.merged_into, c.created_at, c.updated_at,
         (SELECT COUNT(*) FROM case_file k WHERE k.client_id = c.id AND k.status <> 'closed') AS open_cases
  FROM client c LEFT JOIN agency a ON a.id = c.agency_id`;

export const toSummary = (r: ClientDbRow): ClientSummary => ({
  id: r.id,
  name: r.name,
  agencyId: r.agency_id,
  agencyName: r.agency_name,
  category: r.category_code,
  gender: r.gender,
  birthYear: r.birth_year,
  isManager: r.is_manager === 1,
  phone: r.phone,
  email: r.email,
  openCases: r.open_cases,
});

export function getClientRow(db: Db, id: string): ClientDbRow | undefined {
  return db.prepare(`${CLIENT_SELECT} WHERE c.id = ?`).get(id) as ClientDbRow | undefined;
}

/** Stored forms: what the person typed, plus the folded/segmented and digits-only shadows. */
export interface ClientValues {
  readonly name: string;
  readonly nameSearch: string;
  readonly agencyId: string | null;
  readonly category: string | null;
  readonly gender: Gender;
  readonly birthYear: number | null;
  readonly isManager: boolean;
  readonly phone: string | null;
  readonly phoneDigits: string | null;
  readonly email: string | null;
  readonly specialGroups: readonly string[];
}

export function insertClient(db: Db, v: ClientValues, at: number, installationId: string): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO client (id, name, name_search, agency_id, category_code, gender, birth_year, is_manager, phone, phone_digits, email,
       special_groups, created_at, updated_at, installation_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    v.name,
    v.nameSearch,
    v.agencyId,
    v.category,
    v.gender,
    v.birthYear,
    v.isManager ? 1 : 0,
    v.phone,
    v.phoneDigits,
    v.email,
    JSON.stringify(v.specialGroups),
    at,
    at,
    installationId,
  );
  return id;
}

export function updateClient(
  db: Db,
  id: string,
  v: ClientValues,
  at: number,
  installationId: string,
): void {
  db.prepare(
    `UPDATE client SET name = ?, name_search = ?, agency_id = ?, category_code = ?, gender = ?, birth_year = ?, is_manager = ?, phone = ?,
       phone_digits = ?, email = ?, special_groups = ?, updated_at = ?, installation_id = ?
     WHERE id = ?`,
  ).run(
    v.name,
    v.nameSearch,
    v.agencyId,
    v.category,
    v.gender,
    v.birthYear,
    v.isManager ? 1 : 0,
    v.phone,
    v.phoneDigits,
    v.email,
    JSON.stringify(v.specialGroups),
    at,
    installationId,
    id,
  );
}

export function clientCases(
  db: Db,
  clientId: string,
): {
  id: string;
  caseNumber: string;
  status: 'intake' | 'active' | 'closed';
  requestedOn: string;
}[] {
  return db
    .prepare(
      'SELECT id, case_number AS caseNumber, status, requested_on AS requestedOn FROM case_file WHERE client_id = ? ORDER BY requested_on DESC, case_number DESC',
    )
    .all(clientId) as {
    id: string;
    caseNumber: string;
    status: 'intake' | 'active' | 'closed';
    requestedOn: string;
  }[];
}
