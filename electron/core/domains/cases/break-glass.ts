import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open';
import type { CallContext } from '../../ipc/context';
import type { CoreDeps } from '../../deps';
import { officeToday } from '../case-list/office-today';
import { hasBreakGlassToday, isAssignedCounsellor } from './case-access';
import { getCaseRow } from './cases.repo';

/**
 * Records a break-glass opening when a counsellor who is not assigned gives a reason. Runs before
 * the access check, in its own transaction with its audit row; the reason is stored once, the
 * audit entry carries ids only.
 */
export function breakGlassIfNeeded(
  deps: CoreDeps,
  ctx: CallContext,
  db: Db,
  caseId: string,
  reason: string | undefined,
): void {
  const s = ctx.session;
  if (!reason || !s || s.role !== 'counsellor' || s.clinicalSupervisor) return;
  const row = getCaseRow(db, caseId);
  if (!row || isAssignedCounsellor(db, row, s.accountId)) return;
  const today = officeToday(db, ctx.now);
  if (hasBreakGlassToday(db, caseId, s.accountId, today)) return;
  const id = randomUUID();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO break_glass (id, case_id, account_id, reason, opened_on, opened_at, installation_id)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      caseId,
      s.accountId,
      reason,
      today,
      ctx.now,
      deps.sessions.requireVault().installationId,
    );
    deps.sessions.audit('case.breakGlass', { type: 'case', id: caseId }, { breakGlassId: id });
  }).immediate();
}

/** Openings of my cases by other counsellors that I have not acknowledged yet. */
export function breakGlassForMe(db: Db, accountId: string) {
  const rows = db
    .prepare(
      `SELECT b.id, b.case_id, c.case_number, b.opened_at, COALESCE(a.display_name, '') AS opened_by, b.reason
         FROM break_glass b
         JOIN case_file c ON c.id = b.case_id
         LEFT JOIN account a ON a.id = b.account_id
        WHERE c.counsellor_id = ? AND b.acknowledged_at IS NULL
        ORDER BY b.opened_at DESC LIMIT 100`,
    )
    .all(accountId) as {
    id: string;
    case_id: string;
    case_number: string;
    opened_at: number;
    opened_by: string;
    reason: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    caseNumber: r.case_number,
    openedAt: r.opened_at,
    openedByName: r.opened_by,
    reason: r.reason,
  }));
}

export function acknowledgeBreakGlass(
  deps: CoreDeps,
  db: Db,
  accountId: string,
  id: string,
  at: number,
): void {
  db.transaction(() => {
    const changed = db
      .prepare(
        `UPDATE break_glass SET acknowledged_at = ?
          WHERE id = ? AND acknowledged_at IS NULL
            AND case_id IN (SELECT id FROM case_file WHERE counsellor_id = ?)`,
      )
      .run(at, id, accountId).changes;
    if (changed > 0) deps.sessions.audit('case.breakGlassAcknowledged', { type: 'breakGlass', id });
  }).immediate();
}
