import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDir, removeTempDirs } from '../../vault/vault-test-kit';
import { migrate } from '../migrate';
import { openEncryptedDb, userVersion } from '../open';
import { applyPragmas } from '../pragmas';
import { MIGRATIONS } from './index';

afterAll(removeTempDirs);

describe('migration 0050 (appointments, sessions, quota)', () => {
  it('adds its tables to a populated database, keeps the rows and enforces its checks', () => {
    const db = openEncryptedDb(join(freshDir('eap-0050-'), 'm.db'), randomBytes(32), {
      create: true,
    });
    applyPragmas(db);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 50),
    );
    const [acc, cli, kase] = [randomUUID(), randomUUID(), randomUUID()];
    db.prepare(
      "INSERT INTO account (id, username, display_name, role, created_at, updated_at, installation_id) VALUES (?, 'c1', '測試甲', 'counsellor', 1, 1, 'i')",
    ).run(acc);
    db.prepare(
      "INSERT INTO client (id, name, name_search, created_at, updated_at, installation_id) VALUES (?, '測試乙', '測 試 乙', 1, 1, 'i')",
    ).run(cli);
    db.prepare(
      `INSERT INTO case_file (id, case_number, client_id, requested_on, channel_code, source_code, voluntary, first_risk_level, risk_level,
         status, desk_owner_id, created_at, updated_at, installation_id)
       VALUES (?, '114-000001', ?, '2025-03-04', 'phone', 'selfReferral', 1, 'general', 'general', 'active', ?, 1, 1, 'i')`,
    ).run(kase, cli, acc);
    migrate(db, MIGRATIONS);
    expect(userVersion(db)).toBeGreaterThanOrEqual(50);
    expect(db.prepare('SELECT COUNT(*) FROM case_file').pluck().get()).toBe(1);
    const insert = (counsellor: string | null, provider: string | null) =>
      db
        .prepare(
          `INSERT INTO appointment (id, case_id, counsellor_id, provider_id, local_date, start_time, end_time, starts_at, ends_at, minutes, mode,
             status, created_by, created_at, updated_at, installation_id)
           VALUES (?, ?, ?, ?, '2025-03-10', '10:00', '11:00', 1, 2, 60, 'inPerson', 'booked', ?, 1, 1, 'i')`,
        )
        .run(randomUUID(), kase, counsellor, provider, acc);
    insert(acc, null);
    // Exactly one of counsellor and provider.
    expect(() => insert(null, null)).toThrow();
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
