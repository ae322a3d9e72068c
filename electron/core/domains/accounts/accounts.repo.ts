import type { Role } from '../../../../shared/domain/app-state';
import type { Db } from '../../db/open';

export interface AccountDbRow {
  readonly id: string;
  readonly display_name: string;
}

export function insertAccount(
  db: Db,
  a: {
    id: string;
    username: string;
    displayName: string;
    role: Role;
    clinicalSupervisor: boolean;
    at: number;
    installationId: string;
  },
): void {
  db.prepare(
    `INSERT INTO account (id, username, display_name, role, clinical_supervisor, status, created_at, updated_at, installation_id)
     VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?)`,
  ).run(
    a.id,
    a.username,
    a.displayName,
    a.role,
    a.clinicalSupervisor ? 1 : 0,
    a.at,
    a.at,
    a.installationId,
  );
}

export function setAccountStatus(
  db: Db,
  id: string,
  status: 'active' | 'disabled',
  at: number,
): void {
  db.prepare('UPDATE account SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id);
}

export function displayNames(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT id, display_name FROM account').all() as AccountDbRow[];
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
