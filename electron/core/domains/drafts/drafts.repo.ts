import type Database from 'better-sqlite3-multiple-ciphers';

export interface DraftRow {
  readonly payload: Buffer;
  readonly clinical: number;
  readonly updated_at: number;
}

export function getDraft(
  db: Database.Database,
  accountId: string,
  formKey: string,
): DraftRow | undefined {
  return db
    .prepare(
      'SELECT payload, clinical, updated_at FROM draft WHERE account_id = ? AND form_key = ?',
    )
    .get(accountId, formKey) as DraftRow | undefined;
}

export function upsertDraft(
  db: Database.Database,
  row: {
    accountId: string;
    formKey: string;
    payload: Buffer;
    clinical: boolean;
    at: number;
    installationId: string;
  },
): void {
  db.prepare(
    `INSERT INTO draft (account_id, form_key, payload, clinical, updated_at, installation_id)
     VALUES (@accountId, @formKey, @payload, @clinical, @at, @installationId)
     ON CONFLICT (account_id, form_key) DO UPDATE SET
       payload = excluded.payload, clinical = excluded.clinical,
       updated_at = excluded.updated_at, installation_id = excluded.installation_id`,
  ).run({ ...row, clinical: row.clinical ? 1 : 0 });
}

export function deleteDraft(db: Database.Database, accountId: string, formKey: string): boolean {
  return (
    db.prepare('DELETE FROM draft WHERE account_id = ? AND form_key = ?').run(accountId, formKey)
      .changes > 0
  );
}
