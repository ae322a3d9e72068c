import { randomUUID } from 'node:crypto';
import type { ProviderKind } from '../../../../shared/domain/reference-lists';
import type { Db } from '../../db/open';

export interface ProviderDbRow {
  readonly id: string;
  readonly name: string;
  readonly kind: ProviderKind;
  readonly phone: string | null;
  readonly hourly_rate: number | null;
  readonly active: number;
}
export interface CounsellorDbRow {
  readonly id: string;
  readonly provider_id: string;
  readonly name: string;
  readonly account_id: string | null;
  readonly active: number;
}

export function listProviderRows(db: Db, includeInactive: boolean): ProviderDbRow[] {
  return db
    .prepare(
      'SELECT id, name, kind, phone, hourly_rate, active FROM provider WHERE (? = 1 OR active = 1) ORDER BY active DESC, name, id',
    )
    .all(includeInactive ? 1 : 0) as ProviderDbRow[];
}

export function listCounsellorRows(db: Db, includeInactive: boolean): CounsellorDbRow[] {
  return db
    .prepare(
      'SELECT id, provider_id, name, account_id, active FROM provider_counsellor WHERE (? = 1 OR active = 1) ORDER BY name, id',
    )
    .all(includeInactive ? 1 : 0) as CounsellorDbRow[];
}

export function getProvider(db: Db, id: string): ProviderDbRow | undefined {
  return db
    .prepare('SELECT id, name, kind, phone, hourly_rate, active FROM provider WHERE id = ?')
    .get(id) as ProviderDbRow | undefined;
}

export function getCounsellor(db: Db, id: string): CounsellorDbRow | undefined {
  return db
    .prepare(
      'SELECT id, provider_id, name, account_id, active FROM provider_counsellor WHERE id = ?',
    )
    .get(id) as CounsellorDbRow | undefined;
}

export interface ProviderValues {
  readonly name: string;
  readonly kind: ProviderKind;
  readonly phone: string | null;
  readonly hourlyRate: number | null;
  readonly active: boolean;
}

export function insertProvider(
  db: Db,
  v: ProviderValues,
  at: number,
  installationId: string,
): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO provider (id, name, kind, phone, hourly_rate, active, created_at, updated_at, installation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, v.name, v.kind, v.phone, v.hourlyRate, v.active ? 1 : 0, at, at, installationId);
  return id;
}

export function updateProvider(
  db: Db,
  id: string,
  v: ProviderValues,
  at: number,
  installationId: string,
): void {
  db.prepare(
    'UPDATE provider SET name = ?, kind = ?, phone = ?, hourly_rate = ?, active = ?, updated_at = ?, installation_id = ? WHERE id = ?',
  ).run(v.name, v.kind, v.phone, v.hourlyRate, v.active ? 1 : 0, at, installationId, id);
}

export function insertCounsellor(
  db: Db,
  v: { providerId: string; name: string; accountId: string | null },
  at: number,
  installationId: string,
): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO provider_counsellor (id, provider_id, name, account_id, active, created_at, updated_at, installation_id) VALUES (?, ?, ?, ?, 1, ?, ?, ?)`,
  ).run(id, v.providerId, v.name, v.accountId, at, at, installationId);
  return id;
}

export function updateCounsellor(
  db: Db,
  id: string,
  v: { name: string; accountId: string | null; active: boolean },
  at: number,
  installationId: string,
): void {
  db.prepare(
    'UPDATE provider_counsellor SET name = ?, account_id = ?, active = ?, updated_at = ?, installation_id = ? WHERE id = ?',
  ).run(v.name, v.accountId, v.active ? 1 : 0, at, installationId, id);
}
