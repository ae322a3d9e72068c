import type { Migration } from '../migrate';

/**
 * Break-glass (SECURITY.md §4): a counsellor opening a case not assigned to them writes a reason.
 * The row lets the same person keep working on that case for the rest of the day, and is shown
 * to the assigned counsellor until they acknowledge it. The reason is about access, never
 * clinical content.
 */
export const migration0060: Migration = {
  version: 60,
  name: 'break-glass',
  up(db) {
    db.exec(`
      CREATE TABLE break_glass (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES case_file (id),
        account_id TEXT NOT NULL REFERENCES account (id),
        reason TEXT NOT NULL,
        opened_on TEXT NOT NULL,
        opened_at INTEGER NOT NULL,
        acknowledged_at INTEGER,
        installation_id TEXT NOT NULL
      );
      CREATE INDEX break_glass_account_case ON break_glass (account_id, case_id, opened_on);
      CREATE INDEX break_glass_case ON break_glass (case_id, acknowledged_at);
    `);
  },
};
