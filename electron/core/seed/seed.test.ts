import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findCityPreset } from '../../../shared/domain/city-presets';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { openEncryptedDb, type Db } from '../db/open';
import { applyPragmas } from '../db/pragmas';
import { seedReferenceDefaults } from '../domains/reference/reference.service';
import { allocateCaseNumber, META_INSTALLATION_ID } from '../vault/case-number';
import { freshDir, removeTempDirs } from '../vault/vault-test-kit';
import { seedSynthetic, type SeedOptions } from './generate';

afterAll(removeTempDirs);

const AT = Date.UTC(2025, 5, 30, 3, 0, 0);
const STAFF = { desk: ['d1', 'd2'], counsellors: ['c1', 'c2'] };

/** An office database with its starting reference lists and four staff accounts. */
function officeDb(opts: { office?: boolean; reference?: boolean } = {}): Db {
  const db = openEncryptedDb(join(freshDir('eap-seed-'), 's.db'), randomBytes(32), {
    create: true,
  });
  applyPragmas(db);
  migrate(db, MIGRATIONS);
  db.prepare('INSERT INTO installation (id, created_at, is_office) VALUES (?, ?, ?)').run(
    'inst',
    AT,
    opts.office === false ? 0 : 1,
  );
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(META_INSTALLATION_ID, 'inst');
  const account = db.prepare(
    "INSERT INTO account (id, username, display_name, role, created_at, updated_at, installation_id) VALUES (?, ?, ?, ?, ?, ?, 'inst')",
  );
  for (const id of STAFF.desk) account.run(id, `u-${id}`, `員工${id}`, 'desk', AT, AT);
  for (const id of STAFF.counsellors) account.run(id, `u-${id}`, `員工${id}`, 'counsellor', AT, AT);
  if (opts.reference !== false) seedReferenceDefaults(db, findCityPreset('keelung')!, AT, 'inst');
  return db;
}

const seed = (db: Db, extra: Partial<SeedOptions> = {}) =>
  seedSynthetic(db, {
    seed: 7,
    cases: 300,
    staff: STAFF,
    at: AT,
    installationId: 'inst',
    actorId: 'd1',
    ...extra,
  });
const all = (db: Db, sql: string) => db.prepare(sql).all();
const one = <T>(db: Db, sql: string): T => db.prepare(sql).pluck().get() as T;

describe('synthetic data', () => {
  it('is reproducible from its seed', () => {
    const digest = (db: Db) =>
      all(
        db,
        'SELECT k.id, k.case_number, k.requested_on, k.status, k.risk_level, k.next_follow_up, c.name, c.phone FROM case_file k JOIN client c ON c.id = k.client_id ORDER BY k.case_number',
      );
    const [a, b, c] = [officeDb(), officeDb(), officeDb()];
    seed(a);
    seed(b);
    seed(c, { seed: 8 });
    expect(digest(a)).toEqual(digest(b));
    expect(digest(a)).not.toEqual(digest(c));
    expect(all(a, 'SELECT * FROM contact ORDER BY id')).toEqual(
      all(b, 'SELECT * FROM contact ORDER BY id'),
    );
  });

  it('numbers cases per ROC year, continuing the counter and leaving it correct', () => {
    const db = officeDb();
    expect(allocateCaseNumber(db, '2024-05-01')).toBe('113-000001');
    const counts = seed(db);
    expect([counts.firstRocYear, counts.lastRocYear]).toEqual([105, 114]);
    const years = all(
      db,
      'SELECT CAST(substr(case_number, 1, 3) AS INTEGER) AS roc, count(*) AS n, max(CAST(substr(case_number, 5) AS INTEGER)) AS top FROM case_file GROUP BY 1',
    ) as { roc: number; n: number; top: number }[];
    const counter = new Map(
      (
        all(db, 'SELECT roc_year, last_number FROM case_number_counter') as {
          roc_year: number;
          last_number: number;
        }[]
      ).map((r) => [r.roc_year, r.last_number]),
    );
    for (const y of years) {
      // 113 started after the number allocated by hand; every year is gapless to its counter.
      expect(y.top).toBe(y.n + (y.roc === 113 ? 1 : 0));
      expect(counter.get(y.roc)).toBe(y.top);
    }
    // The year of each number is the ROC year of its request date.
    expect(
      one(
        db,
        'SELECT count(*) FROM case_file WHERE CAST(substr(case_number, 1, 3) AS INTEGER) <> CAST(substr(requested_on, 1, 4) AS INTEGER) - 1911',
      ),
    ).toBe(0);
    const next = allocateCaseNumber(db, '2025-06-30');
    expect(next).toBe(`114-${String(counter.get(114)! + 1).padStart(6, '0')}`);

    // A second run (cli --force) adds to the same office: same agencies, numbering continues.
    const agencies = one<number>(db, 'SELECT count(*) FROM agency');
    seed(db, { seed: 9, cases: 50 });
    expect(one<number>(db, 'SELECT count(*) FROM agency')).toBe(agencies);
    expect(one<number>(db, 'SELECT count(*) FROM case_file')).toBe(350);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it("follows intake's rules: active reference codes, snapshots, follow-up dates, status history", () => {
    const db = officeDb();
    const counts = seed(db, { cases: 600 });
    const codes = (list: string) =>
      `(SELECT code FROM ref_item WHERE list = '${list}' AND active = 1)`;
    const none = (where: string) =>
      expect(one<number>(db, `SELECT count(*) FROM case_file k WHERE ${where}`), where).toBe(0);
    none(
      `k.channel_code NOT IN ${codes('channel')} OR k.source_code NOT IN ${codes('caseSource')} OR k.category_code NOT IN ${codes('staffCategory')}`,
    );
    none(`k.service_item_code IS NOT NULL AND k.service_item_code NOT IN ${codes('serviceItem')}`);
    none(`NOT EXISTS (SELECT 1 FROM case_facet f WHERE f.case_id = k.id)`);
    none(
      `EXISTS (SELECT 1 FROM case_facet f WHERE f.case_id = k.id AND f.code NOT IN ${codes('facet')})`,
    );
    // A topic always hangs under one of the case's own facets.
    none(
      `EXISTS (SELECT 1 FROM case_topic t JOIN ref_item r ON r.list = 'topic' AND r.code = t.code WHERE t.case_id = k.id AND r.parent_code NOT IN (SELECT code FROM case_facet f WHERE f.case_id = k.id))`,
    );
    none(`k.category_code <> (SELECT category_code FROM client c WHERE c.id = k.client_id)`);
    none(
      `k.status <> 'closed' AND (k.next_follow_up IS NULL OR k.next_follow_up < k.requested_on)`,
    );
    none(
      `k.status = 'closed' AND (k.closed_on IS NULL OR k.closed_on < k.requested_on OR k.closing_reason_code IS NULL)`,
    );
    none(`k.counsellor_id IS NOT NULL AND k.counsellor_id NOT IN ('c1', 'c2')`);
    none(
      `NOT EXISTS (SELECT 1 FROM case_status_change s WHERE s.case_id = k.id AND s.from_status IS NULL AND s.to_status = 'intake')`,
    );
    none(
      `NOT EXISTS (SELECT 1 FROM case_risk r WHERE r.case_id = k.id AND r.level = k.first_risk_level)`,
    );
    none(`k.presenting_summary <> ''`);
    // Mostly the client's own agency; some were elsewhere when the case opened.
    expect(
      one<number>(
        db,
        'SELECT count(*) FROM case_file k JOIN client c ON c.id = k.client_id WHERE k.agency_id = c.agency_id',
      ),
    ).toBeGreaterThan(0.9 * counts.cases);
    expect(
      one<number>(
        db,
        "SELECT avg(status = 'closed') FROM case_file WHERE requested_on < '2024-06-01'",
      ),
    ).toBeGreaterThan(0.95);
    expect(counts.contacts / counts.cases).toBeGreaterThanOrEqual(2);
    expect(counts.contacts / counts.cases).toBeLessThanOrEqual(3);
    expect(one<number>(db, 'SELECT count(*) FROM contact WHERE client_id IS NULL')).toBeGreaterThan(
      counts.contacts * 0.25,
    );
    expect(one<number>(db, 'SELECT count(*) FROM agency')).toBeGreaterThan(120);
    expect(one<number>(db, 'SELECT count(DISTINCT year) FROM agency_headcount')).toBe(10);
    expect(one<number>(db, 'SELECT avg(is_manager) FROM client')).toBeCloseTo(0.1, 1);
    expect(
      all(db, "SELECT action, details FROM audit_log WHERE action = 'seed.generated'"),
    ).toEqual([
      {
        action: 'seed.generated',
        details: JSON.stringify({
          cases: 600,
          clients: counts.clients,
          contacts: counts.contacts,
          seed: 7,
        }),
      },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses without the reference lists, a desk person or an office database', () => {
    expect(() => seed(officeDb({ reference: false }))).toThrow(
      expect.objectContaining({ key: 'errors.seedNeedsReference' }),
    );
    expect(() => seed(officeDb(), { staff: { desk: [], counsellors: ['c1'] } })).toThrow(
      expect.objectContaining({ key: 'errors.seedNeedsStaff' }),
    );
    expect(() => seed(officeDb({ office: false }))).toThrow(
      expect.objectContaining({ key: 'errors.notOfficeDatabase' }),
    );
  });
});
