import { randomUUID } from 'node:crypto';
import type { ConsentKind } from '../../../../shared/domain/reference-lists';
import type { Db } from '../../db/open';

export interface ConsentDbRow {
  readonly id: string;
  readonly case_id: string;
  readonly kind: ConsentKind;
  readonly status: 'given' | 'refused';
  readonly form: 'written' | 'oral' | 'none';
  readonly reference: string | null;
  readonly witness: string | null;
  readonly scope: string | null;
  readonly given_on: string;
  readonly expires_on: string | null;
  readonly withdrawn_on: string | null;
  readonly recorded_by: string;
  readonly recorded_by_name: string | null;
  readonly created_at: number;
}

export interface ConsentValues {
  readonly kind: ConsentKind;
  readonly status: 'given' | 'refused';
  readonly form: 'written' | 'oral' | 'none';
  readonly reference: string | null;
  readonly witness: string | null;
  readonly scope: string | null;
  readonly givenOn: string;
  readonly expiresOn: string | null;
}

/** The ledger in the order facts were recorded (given_on, then entry time). */
export function caseConsents(db: Db, caseId: string): ConsentDbRow[] {
  return db
    .prepare(
      `SELECT c.*, a.display_name AS recorded_by_name FROM consent c LEFT JOIN account a ON a.id = c.recorded_by
       WHERE c.case_id = ? ORDER BY c.given_on, c.created_at, c.rowid`,
    )
    .all(caseId) as ConsentDbRow[];
}

export function getConsent(db: Db, id: string): ConsentDbRow | undefined {
  return db
    .prepare('SELECT c.*, NULL AS recorded_by_name FROM consent c WHERE c.id = ?')
    .get(id) as ConsentDbRow | undefined;
}

export function insertConsent(
  db: Db,
  caseId: string,
  v: ConsentValues,
  by: string,
  at: number,
  installationId: string,
): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO consent (id, case_id, kind, status, form, reference, witness, scope, given_on, expires_on, recorded_by, created_at, updated_at, installation_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    caseId,
    v.kind,
    v.status,
    v.form,
    v.reference,
    v.witness,
    v.scope,
    v.givenOn,
    v.expiresOn,
    by,
    at,
    at,
    installationId,
  );
  return id;
}

/** The ledger is append-only except for this one dated fact. */
export function markWithdrawn(
  db: Db,
  id: string,
  on: string,
  at: number,
  installationId: string,
): void {
  db.prepare(
    'UPDATE consent SET withdrawn_on = ?, updated_at = ?, installation_id = ? WHERE id = ?',
  ).run(on, at, installationId, id);
}
