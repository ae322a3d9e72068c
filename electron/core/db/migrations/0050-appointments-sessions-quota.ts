import type { Migration } from '../migrate';

/**
 * Appointments, in-house counselling sessions with their sealed notes, provider-reported hours,
 * the subsidy rules per plan year and extension requests (issue #7).
 *
 * Times: the office's local date and 'HH:mm' as text (what people typed and see) plus epoch ms
 * for ordering and overlap checks. Hours are stored as minutes (integers) so sums stay exact.
 * Session notes are clinical: the table holds only CNK-sealed bytes, one row per version, so an
 * amendment never overwrites what was written before. No ON DELETE CASCADE.
 */
export const migration0050: Migration = {
  version: 50,
  name: 'appointments-sessions-quota',
  up(db) {
    db.exec(`
      CREATE TABLE appointment (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES case_file (id),
        counsellor_id TEXT REFERENCES account (id),
        provider_id TEXT REFERENCES provider (id),
        provider_counsellor_id TEXT REFERENCES provider_counsellor (id),
        local_date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        starts_at INTEGER NOT NULL,
        ends_at INTEGER NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes > 0),
        mode TEXT NOT NULL CHECK (mode IN ('inPerson', 'phone', 'video')),
        place TEXT,
        status TEXT NOT NULL CHECK (status IN ('booked', 'completed', 'cancelledInTime', 'cancelledLate', 'noShow', 'declinedByCounsellor', 'endedByClient')),
        status_reason TEXT,
        status_at INTEGER,
        status_by TEXT REFERENCES account (id),
        self_paid INTEGER NOT NULL DEFAULT 0 CHECK (self_paid IN (0, 1)),
        leave_type TEXT CHECK (leave_type IN ('officialBusiness', 'officialLeave', 'leaveRules')),
        created_by TEXT NOT NULL REFERENCES account (id),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL,
        CHECK ((counsellor_id IS NULL) <> (provider_id IS NULL))
      );
      CREATE INDEX appointment_counsellor ON appointment (counsellor_id, starts_at) WHERE counsellor_id IS NOT NULL;
      CREATE INDEX appointment_provider ON appointment (provider_id, starts_at) WHERE provider_id IS NOT NULL;
      CREATE INDEX appointment_case ON appointment (case_id, starts_at);

      CREATE TABLE counselling_session (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES case_file (id),
        appointment_id TEXT UNIQUE REFERENCES appointment (id),
        counsellor_id TEXT NOT NULL REFERENCES account (id),
        local_date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        starts_at INTEGER NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes > 0),
        mode TEXT NOT NULL CHECK (mode IN ('inPerson', 'phone', 'video')),
        risk_level TEXT NOT NULL CHECK (risk_level IN ('general', 'concern', 'high', 'crisis')),
        next_step TEXT NOT NULL DEFAULT '',
        recording_requested INTEGER NOT NULL CHECK (recording_requested IN (0, 1)),
        recording_agreed INTEGER NOT NULL CHECK (recording_agreed IN (0, 1)),
        self_paid INTEGER NOT NULL DEFAULT 0 CHECK (self_paid IN (0, 1)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL,
        CHECK (recording_agreed = 0 OR recording_requested = 1)
      );
      CREATE INDEX counselling_session_case ON counselling_session (case_id, local_date);
      CREATE INDEX counselling_session_counsellor ON counselling_session (counsellor_id, local_date);
      CREATE INDEX counselling_session_date ON counselling_session (local_date);

      CREATE TABLE session_topic (
        session_id TEXT NOT NULL REFERENCES counselling_session (id),
        code TEXT NOT NULL,
        PRIMARY KEY (session_id, code)
      );
      CREATE INDEX session_topic_code ON session_topic (code, session_id);

      -- Clinical: sealed under CNK with (note id, session id, version) as associated data.
      CREATE TABLE session_note (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES counselling_session (id),
        version INTEGER NOT NULL CHECK (version >= 1),
        sealed BLOB NOT NULL,
        reason TEXT,
        written_by TEXT NOT NULL REFERENCES account (id),
        written_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL,
        UNIQUE (session_id, version)
      );

      CREATE TABLE provider_report (
        id TEXT PRIMARY KEY,
        provider_id TEXT NOT NULL REFERENCES provider (id),
        client_id TEXT REFERENCES client (id),
        case_id TEXT REFERENCES case_file (id),
        local_date TEXT NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes > 0),
        provider_reference TEXT,
        period TEXT,
        needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
        recorded_by TEXT NOT NULL REFERENCES account (id),
        created_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL
      );
      CREATE INDEX provider_report_client ON provider_report (client_id, local_date) WHERE client_id IS NOT NULL;
      CREATE INDEX provider_report_provider ON provider_report (provider_id, local_date);

      -- Rules saved by the administrator for a plan year; a year without rows falls back to the
      -- latest earlier year, then to the city preset (read, never written on a read).
      CREATE TABLE quota_rule (
        id TEXT PRIMARY KEY,
        plan_year INTEGER NOT NULL,
        categories TEXT NOT NULL DEFAULT '[]',
        base_minutes INTEGER NOT NULL CHECK (base_minutes >= 0),
        extension_minutes INTEGER NOT NULL CHECK (extension_minutes >= 0),
        unit_minutes INTEGER NOT NULL CHECK (unit_minutes > 0),
        rounding TEXT NOT NULL CHECK (rounding IN ('up', 'nearest')),
        sort_order INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL
      );
      CREATE INDEX quota_rule_year ON quota_rule (plan_year, sort_order);

      CREATE TABLE quota_extension (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES client (id),
        plan_year INTEGER NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes > 0),
        reason TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'declined')),
        approved_minutes INTEGER,
        requested_by TEXT NOT NULL REFERENCES account (id),
        requested_at INTEGER NOT NULL,
        decided_by TEXT REFERENCES account (id),
        decided_at INTEGER,
        decision_reason TEXT,
        installation_id TEXT NOT NULL
      );
      CREATE INDEX quota_extension_client ON quota_extension (client_id, plan_year);
      CREATE INDEX quota_extension_pending ON quota_extension (status, requested_at) WHERE status = 'pending';
    `);
  },
};
