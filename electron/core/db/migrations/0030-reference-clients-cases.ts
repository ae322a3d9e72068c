import type { Migration } from '../migrate';

/**
 * Reference data, agencies, providers, clients, contacts, cases and consents (DOMAIN.md; the
 * facts REPORTS.md needs are captured from the first case on). Every row carries the
 * installation that wrote it. No ON DELETE CASCADE: retention deletes explicitly.
 *
 * Codes (facet, channel, category …) are stored as the reference item's `code`, not its id, so
 * reports and exports stay readable and a re-imported list keeps matching.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'reference-clients-cases',
  up(db) {
    db.exec(`
      CREATE TABLE ref_item (
        id TEXT PRIMARY KEY,
        list TEXT NOT NULL,
        code TEXT NOT NULL,
        label_zh TEXT NOT NULL,
        label_en TEXT NOT NULL,
        parent_code TEXT,
        sort_order INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL,
        UNIQUE (list, code)
      );
      CREATE INDEX ref_item_list ON ref_item (list, active, sort_order);

      CREATE TABLE agency (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        parent_id TEXT REFERENCES agency (id),
        kind TEXT NOT NULL CHECK (kind IN ('government', 'bureau', 'agency', 'school', 'district', 'other')),
        sort_order INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL
      );
      CREATE INDEX agency_parent ON agency (parent_id, sort_order);

      -- Headcount per agency and year (Gregorian), optionally per staff category ('' = all).
      CREATE TABLE agency_headcount (
        agency_id TEXT NOT NULL REFERENCES agency (id),
        year INTEGER NOT NULL,
        category_code TEXT NOT NULL DEFAULT '',
        headcount INTEGER NOT NULL CHECK (headcount >= 0),
        updated_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL,
        PRIMARY KEY (agency_id, year, category_code)
      );

      CREATE TABLE provider (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('internal', 'contracted')),
        phone TEXT,
        hourly_rate INTEGER,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL
      );

      CREATE TABLE provider_counsellor (
        id TEXT PRIMARY KEY,
        provider_id TEXT NOT NULL REFERENCES provider (id),
        name TEXT NOT NULL,
        account_id TEXT REFERENCES account (id),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL
      );

      -- As little as the work needs: never a national ID. name_search holds the name folded
      -- (台→臺, full-width→half-width) with characters separated, so 1–2 character fragments match.
      CREATE TABLE client (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_search TEXT NOT NULL,
        agency_id TEXT REFERENCES agency (id),
        category_code TEXT,
        gender TEXT NOT NULL DEFAULT 'U' CHECK (gender IN ('F', 'M', 'X', 'U')),
        birth_year INTEGER,
        is_manager INTEGER NOT NULL DEFAULT 0 CHECK (is_manager IN (0, 1)),
        phone TEXT,
        phone_digits TEXT,
        email TEXT,
        special_groups TEXT NOT NULL DEFAULT '[]',
        merged_into TEXT REFERENCES client (id),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL
      );
      CREATE INDEX client_agency_name ON client (agency_id, name);
      CREATE INDEX client_phone ON client (phone_digits) WHERE phone_digits IS NOT NULL;
      CREATE INDEX client_email ON client (email) WHERE email IS NOT NULL;
      CREATE INDEX client_merged ON client (merged_into) WHERE merged_into IS NOT NULL;

      CREATE TABLE case_file (
        id TEXT PRIMARY KEY,
        case_number TEXT NOT NULL UNIQUE,
        client_id TEXT NOT NULL REFERENCES client (id),
        -- The client's agency and category when the case opened: statistics count the service
        -- where it happened, even if the person later moves.
        agency_id TEXT REFERENCES agency (id),
        category_code TEXT,
        requested_on TEXT NOT NULL,
        channel_code TEXT NOT NULL,
        source_code TEXT NOT NULL,
        voluntary INTEGER NOT NULL CHECK (voluntary IN (0, 1)),
        service_item_code TEXT,
        first_risk_level TEXT NOT NULL CHECK (first_risk_level IN ('general', 'concern', 'high', 'crisis')),
        risk_level TEXT NOT NULL CHECK (risk_level IN ('general', 'concern', 'high', 'crisis')),
        status TEXT NOT NULL CHECK (status IN ('intake', 'active', 'closed')),
        presenting_summary TEXT NOT NULL DEFAULT '',
        desk_owner_id TEXT NOT NULL REFERENCES account (id),
        counsellor_id TEXT REFERENCES account (id),
        provider_id TEXT REFERENCES provider (id),
        next_follow_up TEXT,
        closed_on TEXT,
        closing_reason_code TEXT,
        closing_summary TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL
      );
      CREATE INDEX case_client ON case_file (client_id);
      CREATE INDEX case_status_updated ON case_file (status, updated_at, id);
      CREATE INDEX case_owner_follow_up ON case_file (desk_owner_id, status, next_follow_up);
      CREATE INDEX case_counsellor_follow_up ON case_file (counsellor_id, status, next_follow_up);
      CREATE INDEX case_agency ON case_file (agency_id, requested_on);
      CREATE INDEX case_requested ON case_file (requested_on, id);
      CREATE INDEX case_provider ON case_file (provider_id) WHERE provider_id IS NOT NULL;

      CREATE TABLE case_facet (case_id TEXT NOT NULL REFERENCES case_file (id), code TEXT NOT NULL, PRIMARY KEY (case_id, code));
      CREATE TABLE case_topic (case_id TEXT NOT NULL REFERENCES case_file (id), code TEXT NOT NULL, PRIMARY KEY (case_id, code));
      CREATE TABLE case_issue (case_id TEXT NOT NULL REFERENCES case_file (id), code TEXT NOT NULL, PRIMARY KEY (case_id, code));
      CREATE INDEX case_facet_code ON case_facet (code, case_id);

      -- Risk level as the desk sees it (一般/關懷/高風險/危機); the reasoning is clinical and lives elsewhere.
      CREATE TABLE case_risk (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES case_file (id),
        level TEXT NOT NULL CHECK (level IN ('general', 'concern', 'high', 'crisis')),
        assessed_on TEXT NOT NULL,
        assessed_by TEXT NOT NULL REFERENCES account (id),
        created_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL
      );
      CREATE INDEX case_risk_case ON case_risk (case_id, created_at);

      CREATE TABLE case_status_change (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES case_file (id),
        from_status TEXT,
        to_status TEXT NOT NULL,
        reason_code TEXT,
        -- The non-clinical closing summary given with this change, kept when a reopened case is
        -- closed again (case_file.closing_summary holds only the latest).
        summary TEXT,
        changed_on TEXT NOT NULL,
        changed_by TEXT NOT NULL REFERENCES account (id),
        created_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL
      );
      CREATE INDEX case_status_change_case ON case_status_change (case_id, created_at);

      -- The consent ledger: append-only rows; withdrawal is its own dated fact on the row.
      CREATE TABLE consent (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES case_file (id),
        kind TEXT NOT NULL CHECK (kind IN ('informed', 'service', 'managerAttendance', 'referral', 'recording')),
        status TEXT NOT NULL CHECK (status IN ('given', 'refused')),
        form TEXT NOT NULL CHECK (form IN ('written', 'oral', 'none')),
        reference TEXT,
        witness TEXT,
        scope TEXT,
        given_on TEXT NOT NULL,
        expires_on TEXT,
        withdrawn_on TEXT,
        recorded_by TEXT NOT NULL REFERENCES account (id),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL
      );
      CREATE INDEX consent_case ON consent (case_id, kind);

      -- A contact (諮詢): light, anonymous allowed, counts in statistics, may become a case.
      CREATE TABLE contact (
        id TEXT PRIMARY KEY,
        occurred_on TEXT NOT NULL,
        channel_code TEXT NOT NULL,
        facet_code TEXT,
        service_item_code TEXT NOT NULL,
        agency_id TEXT REFERENCES agency (id),
        category_code TEXT,
        gender TEXT NOT NULL DEFAULT 'U' CHECK (gender IN ('F', 'M', 'X', 'U')),
        is_manager INTEGER CHECK (is_manager IN (0, 1)),
        client_id TEXT REFERENCES client (id),
        case_id TEXT REFERENCES case_file (id),
        minutes INTEGER CHECK (minutes >= 0),
        note TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL REFERENCES account (id),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL
      );
      CREATE INDEX contact_occurred ON contact (occurred_on, id);
      CREATE INDEX contact_client ON contact (client_id) WHERE client_id IS NOT NULL;
      CREATE INDEX contact_case ON contact (case_id) WHERE case_id IS NOT NULL;
    `);
  },
};
