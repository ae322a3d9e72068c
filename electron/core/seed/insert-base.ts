import type { Db } from '../db/open';
import { phoneDigits, segmentForSearch } from '../search/fold';
import type { SeedAgency } from './agency-tree';
import { localMs } from './days';
import type { ClientSpec } from './plan-people';
import type { Rng } from './prng';

/**
 * Bulk inserts of the synthetic organisation and people, with one prepared statement per table
 * inside the caller's transaction. Rows look exactly like the ones the services write: the same
 * folded, segmented name and digits-only phone (search/fold.ts), lower-case e-mail, JSON lists.
 */
export interface SeedProviders {
  readonly ids: readonly string[];
  /** Indexes of the contracted providers (outsourced counselling). */
  readonly contracted: readonly number[];
}

/**
 * The agency tree and its yearly headcounts. Returns each agency's id: a tree seeded before (a
 * --force run) is reused by code rather than duplicated.
 */
export function insertAgencies(
  db: Db,
  rng: Rng,
  agencies: readonly SeedAgency[],
  years: readonly number[],
  at: number,
  inst: string,
): string[] {
  const existing = db.prepare('SELECT id FROM agency WHERE code = ?').pluck();
  const agency = db.prepare(
    `INSERT INTO agency (id, code, name, parent_id, kind, sort_order, active, created_at, updated_at, installation_id)
     VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
  );
  const headcount = db.prepare(
    `INSERT INTO agency_headcount (agency_id, year, category_code, headcount, updated_at, installation_id) VALUES (?, ?, '', ?, ?, ?)
     ON CONFLICT (agency_id, year, category_code) DO UPDATE SET headcount = excluded.headcount`,
  );
  const ids: string[] = [];
  agencies.forEach((a, i) => {
    const found = existing.get(a.code) as string | undefined;
    const id = found ?? rng.uuid();
    ids.push(id);
    if (!found)
      agency.run(
        id,
        a.code,
        a.name,
        a.parentIndex === null ? null : ids[a.parentIndex],
        a.kind,
        (i + 1) * 10,
        at,
        at,
        inst,
      );
    let n = a.headcount;
    for (const year of years) {
      if (n > 0) headcount.run(id, year, n, at, inst);
      // Staff numbers drift a little from year to year.
      n = Math.max(5, Math.round(n * (1 + (rng.next() - 0.45) * 0.08)));
    }
  });
  return ids;
}

export function insertProviders(db: Db, rng: Rng, at: number, inst: string): SeedProviders {
  const existing = db.prepare('SELECT id FROM provider WHERE name = ?').pluck();
  const provider = db.prepare(
    `INSERT INTO provider (id, name, kind, phone, hourly_rate, active, created_at, updated_at, installation_id) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)`,
  );
  const list = [
    ['本府員工諮商室', 'internal', null],
    ['晴光心理諮商所', 'contracted', 1600],
    ['安和諮商中心', 'contracted', 1800],
    ['臺港心理治療所', 'contracted', 2000],
  ] as const;
  const ids: string[] = [];
  const contracted: number[] = [];
  list.forEach(([name, kind, rate], i) => {
    const phone = `(02) 2${String(rng.between(100, 999))}-${String(rng.between(1000, 9999))}`;
    const found = existing.get(name) as string | undefined;
    const id = found ?? rng.uuid();
    if (!found) provider.run(id, name, kind, phone, rate, at, at, inst);
    ids.push(id);
    if (kind === 'contracted') contracted.push(i);
  });
  return { ids, contracted };
}

export function insertClients(
  db: Db,
  rng: Rng,
  clients: readonly ClientSpec[],
  agencyIds: readonly string[],
  inst: string,
): void {
  const insert = db.prepare(
    `INSERT INTO client (id, name, name_search, agency_id, category_code, gender, birth_year, is_manager, phone, phone_digits, email,
       special_groups, created_at, updated_at, installation_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of clients) {
    const created = localMs(c.firstDay, 9 * 60 + rng.int(8 * 60));
    insert.run(
      c.id,
      c.name,
      segmentForSearch(c.name),
      agencyIds[c.agencyIndex],
      c.category,
      c.gender,
      c.birthYear,
      c.isManager ? 1 : 0,
      c.phone,
      phoneDigits(c.phone),
      c.email?.toLowerCase() ?? null,
      JSON.stringify(c.specialGroups),
      created,
      created,
      inst,
    );
  }
}
