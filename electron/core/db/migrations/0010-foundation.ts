import type { Migration } from '../migrate';

/**
 * The foundation: which installation wrote what (for merging field kits later), small settings,
 * the office-only case number counter, and the audit chain. Never edit once shipped.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'foundation',
  up(db) {
    db.exec(`
      CREATE TABLE installation (
        id TEXT PRIMARY KEY,
        created_at INTEGER NOT NULL,
        is_office INTEGER NOT NULL CHECK (is_office IN (0, 1))
      );

      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      CREATE TABLE case_number_counter (
        roc_year INTEGER PRIMARY KEY,
        last_number INTEGER NOT NULL
      );

      CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, installation_id TEXT NOT NULL, actor_id TEXT, action TEXT NOT NULL, object_type TEXT, object_id TEXT, details TEXT NOT NULL DEFAULT '{}', prev_hash TEXT NOT NULL, hash TEXT NOT NULL, enc_version INTEGER NOT NULL);

      CREATE INDEX audit_log_object ON audit_log (object_type, object_id);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};
