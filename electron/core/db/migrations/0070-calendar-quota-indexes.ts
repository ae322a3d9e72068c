import type { Migration } from '../migrate';

/**
 * Indexes for the calendar, the double-booking checks, the quota and the provider reports
 * (issue #7). The first group was found missing by the query-plan tests (appointment-plans,
 * quota-plans, report-plans): without them those queries read a whole table. The rest — covering
 * indexes and the recorded session's id on the appointment's row — makes a counsellor's week read
 * a handful of pages instead of several per appointment: SQLCipher pays per page read (decrypt
 * and check), so with 500,000 sessions the encrypted week cost 3.4 times the unencrypted one
 * (test/bench/sessions.bench.ts). No row changes but the new column's backfill.
 */
export const migration0070: Migration = {
  version: 70,
  name: 'calendar-quota-indexes',
  up(db) {
    db.exec(`
      -- A provider counsellor's double-booking check (booking, moving).
      CREATE INDEX appointment_provider_counsellor ON appointment (provider_counsellor_id, starts_at)
        WHERE provider_counsellor_id IS NOT NULL;
      -- The quota counts a report that names only the case through that case: the other half of
      -- the lookup (reports naming the client have provider_report_client).
      CREATE INDEX provider_report_case ON provider_report (case_id, local_date) WHERE client_id IS NULL;
      -- A month of every provider's reports (the list, the hours report), in the list's order.
      CREATE INDEX provider_report_date ON provider_report (local_date, id);

      -- The session recorded for an appointment, on the appointment's own row, kept by the
      -- triggers below (a session names its appointment; appointment_id is unique): the calendar
      -- then shows "session recorded" without a lookup per appointment into the session table.
      ALTER TABLE appointment ADD COLUMN session_id TEXT REFERENCES counselling_session (id);
      UPDATE appointment SET session_id = s.id FROM counselling_session s WHERE s.appointment_id = appointment.id;
      CREATE TRIGGER counselling_session_link_insert AFTER INSERT ON counselling_session
        WHEN new.appointment_id IS NOT NULL BEGIN
        UPDATE appointment SET session_id = new.id WHERE id = new.appointment_id;
      END;
      CREATE TRIGGER counselling_session_link_update AFTER UPDATE OF appointment_id ON counselling_session BEGIN
        UPDATE appointment SET session_id = NULL WHERE id = old.appointment_id AND session_id = old.id;
        UPDATE appointment SET session_id = new.id WHERE id = new.appointment_id;
      END;
      CREATE TRIGGER counselling_session_link_delete AFTER DELETE ON counselling_session
        WHEN old.appointment_id IS NOT NULL BEGIN
        UPDATE appointment SET session_id = NULL WHERE id = old.appointment_id AND session_id = old.id;
      END;

      -- A counsellor's calendar reads every column it shows from this index, in order (no sort
      -- step), instead of one table page per appointment; with ends_at and status in it, the
      -- counsellor's double-booking check never reads the table either. It replaces the narrow
      -- (counsellor_id, starts_at) index, its prefix.
      CREATE INDEX appointment_counsellor_calendar ON appointment (
        counsellor_id, starts_at, id, ends_at, status, case_id, session_id, local_date, start_time, end_time, minutes, mode,
        place, status_reason, self_paid, leave_type, provider_id, provider_counsellor_id
      ) WHERE counsellor_id IS NOT NULL;
      DROP INDEX appointment_counsellor;
      -- What each calendar row joins to, one index page per lookup instead of the id's index page
      -- plus the row's table page: the case number and client, the client's name.
      CREATE INDEX case_file_number_client ON case_file (id, case_number, client_id);
      CREATE INDEX client_id_name ON client (id, name);
    `);
  },
};
