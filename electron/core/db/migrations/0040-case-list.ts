import type { Migration } from '../migrate';

/**
 * The case list at 100,000 cases (issue #6): Chinese name search through FTS5, per-person saved
 * filters, and the indexes the list's sorts and filters page by (keyset, never OFFSET).
 *
 * Name search: client.name_search already holds the folded name with every character separated
 * ('陳 小 明'), so FTS5's unicode61 tokenizer makes each CJK character a token and a 1- or
 * 2-character fragment matches as a phrase. The index is external-content, keyed to the client's
 * rowid: SQLite's VACUUM / VACUUM INTO (backups, key rotation) keep rowids, and a test checks
 * the index against its content on such a copy. Phone digits get a trigram index, so "the last
 * four digits" is an index lookup rather than a LIKE over every client.
 */
export const migration0040: Migration = {
  version: 40,
  name: 'case-list',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE client_name_fts USING fts5(
        name_search, content = 'client', content_rowid = 'rowid', tokenize = 'unicode61'
      );
      CREATE VIRTUAL TABLE client_phone_fts USING fts5(
        phone_digits, content = 'client', content_rowid = 'rowid', tokenize = 'trigram'
      );

      -- External-content FTS must be told about every change, with the OLD values on delete.
      CREATE TRIGGER client_fts_insert AFTER INSERT ON client BEGIN
        INSERT INTO client_name_fts (rowid, name_search) VALUES (new.rowid, new.name_search);
        INSERT INTO client_phone_fts (rowid, phone_digits) VALUES (new.rowid, new.phone_digits);
      END;
      CREATE TRIGGER client_fts_delete AFTER DELETE ON client BEGIN
        INSERT INTO client_name_fts (client_name_fts, rowid, name_search) VALUES ('delete', old.rowid, old.name_search);
        INSERT INTO client_phone_fts (client_phone_fts, rowid, phone_digits) VALUES ('delete', old.rowid, old.phone_digits);
      END;
      CREATE TRIGGER client_fts_update_name AFTER UPDATE OF name_search ON client BEGIN
        INSERT INTO client_name_fts (client_name_fts, rowid, name_search) VALUES ('delete', old.rowid, old.name_search);
        INSERT INTO client_name_fts (rowid, name_search) VALUES (new.rowid, new.name_search);
      END;
      CREATE TRIGGER client_fts_update_phone AFTER UPDATE OF phone_digits ON client BEGIN
        INSERT INTO client_phone_fts (client_phone_fts, rowid, phone_digits) VALUES ('delete', old.rowid, old.phone_digits);
        INSERT INTO client_phone_fts (rowid, phone_digits) VALUES (new.rowid, new.phone_digits);
      END;

      -- Clients written before this version become searchable now.
      INSERT INTO client_name_fts (client_name_fts) VALUES ('rebuild');
      INSERT INTO client_phone_fts (client_phone_fts) VALUES ('rebuild');

      -- A person's saved case-list filters (UX.md "saved filters, kept per person in the database").
      CREATE TABLE saved_filter (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES account (id),
        name TEXT NOT NULL,
        filter TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL,
        UNIQUE (account_id, name)
      );

      -- One index per sort key ending in id, so every sort pages by key with no sort step. The
      -- status rides along: walking the index for "open cases" tests each entry without reading
      -- its row (most cases are closed, and closed ones keep old follow-up dates).
      CREATE INDEX case_updated ON case_file (updated_at, id, status);
      -- Cases without a follow-up date sort after every date (ascending): the expression is the key.
      CREATE INDEX case_follow_up_sort ON case_file (coalesce(next_follow_up, '9999-12-31'), id, status);
      -- Overdue = open with a follow-up date before today: a few percent of all cases.
      CREATE INDEX case_open_follow_up ON case_file (next_follow_up, id) WHERE status <> 'closed';
      -- So a risk-level filter is counted (first page) from an index, not from every row.
      CREATE INDEX case_risk_status ON case_file (risk_level, status);
    `);
  },
};
