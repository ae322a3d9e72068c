import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDir, removeTempDirs } from '../../vault/vault-test-kit';
import { migrate } from '../migrate';
import { openEncryptedDb, userVersion } from '../open';
import { applyPragmas } from '../pragmas';
import { MIGRATIONS } from './index';

afterAll(removeTempDirs);

const indexes = (db: ReturnType<typeof openEncryptedDb>, table: string): string[] =>
  db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
    )
    .pluck()
    .all(table) as string[];

describe('migration 0070 (calendar and quota indexes)', () => {
  it('indexes a populated database and links recorded sessions: rows kept, the narrow counsellor index replaced', () => {
    const db = openEncryptedDb(join(freshDir('eap-0070-'), 'm.db'), randomBytes(32), {
      create: true,
    });
    applyPragmas(db);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 70),
    );
    const [acc, cli, kase, appt, session] = [
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
    ];
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
    const addAppointment = (id: string) =>
      db
        .prepare(
          `INSERT INTO appointment (id, case_id, counsellor_id, local_date, start_time, end_time, starts_at, ends_at, minutes, mode,
             status, created_by, created_at, updated_at, installation_id)
           VALUES (?, ?, ?, '2025-03-10', '10:00', '11:00', 1, 2, 60, 'inPerson', 'completed', ?, 1, 1, 'i')`,
        )
        .run(id, kase, acc, acc);
    const addSession = (id: string, appointmentId: string) =>
      db
        .prepare(
          `INSERT INTO counselling_session (id, case_id, appointment_id, counsellor_id, local_date, start_time, end_time, starts_at, minutes,
             mode, risk_level, recording_requested, recording_agreed, created_at, updated_at, installation_id)
           VALUES (?, ?, ?, ?, '2025-03-10', '10:00', '11:00', 1, 60, 'inPerson', 'general', 0, 0, 1, 1, 'i')`,
        )
        .run(id, kase, appointmentId, acc);
    const sessionOf = (appointmentId: string): unknown =>
      db.prepare('SELECT session_id FROM appointment WHERE id = ?').pluck().get(appointmentId);
    addAppointment(appt);
    addSession(session, appt);
    const unrecorded = randomUUID();
    addAppointment(unrecorded);
    expect(indexes(db, 'appointment')).toContain('appointment_counsellor');

    migrate(db, MIGRATIONS);
    expect(userVersion(db)).toBeGreaterThanOrEqual(70);
    expect(indexes(db, 'appointment')).toEqual(
      expect.arrayContaining([
        'appointment_counsellor_calendar',
        'appointment_provider_counsellor',
      ]),
    );
    expect(indexes(db, 'appointment')).not.toContain('appointment_counsellor');
    expect(indexes(db, 'provider_report')).toEqual(
      expect.arrayContaining(['provider_report_case', 'provider_report_date']),
    );
    expect(indexes(db, 'case_file')).toContain('case_file_number_client');
    expect(indexes(db, 'client')).toContain('client_id_name');
    expect(
      db
        .prepare(
          'SELECT count(*) FROM appointment INDEXED BY appointment_counsellor_calendar WHERE counsellor_id = ?',
        )
        .pluck()
        .get(acc),
    ).toBe(2);

    // The session already recorded is on its appointment's row; later ones follow by trigger.
    expect([sessionOf(appt), sessionOf(unrecorded)]).toEqual([session, null]);
    const later = randomUUID();
    addSession(later, unrecorded);
    expect(sessionOf(unrecorded)).toBe(later);
    const moved = randomUUID();
    addAppointment(moved);
    db.prepare('UPDATE counselling_session SET appointment_id = ? WHERE id = ?').run(moved, later);
    expect([sessionOf(unrecorded), sessionOf(moved)]).toEqual([null, later]);
    db.prepare('DELETE FROM counselling_session WHERE id = ?').run(later);
    expect(sessionOf(moved)).toBeNull();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
