import type { Migration } from '../migrate';

/**
 * Accounts as the database knows them (display names for owners and the audit viewer; the key
 * file stays the source of truth for authentication), organisation settings, per-person drafts
 * that survive a lock, and the indexes the audit viewer filters by.
 */
export const migration0020: Migration = {
  version: 20,
  name: 'accounts-settings-drafts',
  up(db) {
    db.exec(`
      CREATE TABLE account (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('desk', 'counsellor', 'statistics', 'admin')),
        clinical_supervisor INTEGER NOT NULL DEFAULT 0 CHECK (clinical_supervisor IN (0, 1)),
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL
      );

      CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL
      );

      CREATE TABLE draft (
        account_id TEXT NOT NULL REFERENCES account (id),
        form_key TEXT NOT NULL,
        payload BLOB NOT NULL,
        clinical INTEGER NOT NULL CHECK (clinical IN (0, 1)),
        updated_at INTEGER NOT NULL,
        installation_id TEXT NOT NULL,
        PRIMARY KEY (account_id, form_key)
      );

      CREATE INDEX audit_log_actor ON audit_log (actor_id, seq);
      CREATE INDEX audit_log_action ON audit_log (action, seq);
      CREATE INDEX audit_log_at ON audit_log (at, seq);
    `);
  },
};
