import type { Role } from '../../../../shared/domain/app-state';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import type { CallContext } from '../../ipc/context';
import { officeToday } from '../case-list/office-today';
import type { CaseDbRow } from './cases.repo';

const SERVICE_ROLES: readonly Role[] = ['desk', 'counsellor', 'admin'];

/** Assigned = the case's counsellor, or the counsellor of one of its appointments. */
export function isAssignedCounsellor(
  db: Db,
  c: Pick<CaseDbRow, 'id' | 'counsellor_id'>,
  accountId: string,
): boolean {
  if (c.counsellor_id === accountId) return true;
  return (
    db
      .prepare('SELECT 1 FROM appointment WHERE case_id = ? AND counsellor_id = ? LIMIT 1')
      .get(c.id, accountId) !== undefined
  );
}

export function hasBreakGlassToday(
  db: Db,
  caseId: string,
  accountId: string,
  today: string,
): boolean {
  return (
    db
      .prepare(
        'SELECT 1 FROM break_glass WHERE account_id = ? AND case_id = ? AND opened_on = ? LIMIT 1',
      )
      .get(accountId, caseId, today) !== undefined
  );
}

/**
 * Who may see or touch this case; every case channel comes through here (via requireCase).
 * Desk and administrator: every case's non-clinical record (SECURITY.md §4). Counsellors: their
 * own cases; another counsellor's case only after break-glass (a written reason, audited, shown
 * to the assigned counsellor) for the rest of that day. Clinical supervision sees its
 * supervisees' cases; supervisee links do not exist yet, so the flag opens every case — a
 * policy control recorded in docs/threat-model.md.
 */
export function assertCaseAccess(
  ctx: CallContext,
  db: Db,
  c: Pick<CaseDbRow, 'id' | 'desk_owner_id' | 'counsellor_id'>,
): void {
  const session = ctx.session;
  if (!session || !SERVICE_ROLES.includes(session.role)) throw new AppError('FORBIDDEN');
  if (session.role !== 'counsellor' || session.clinicalSupervisor) return;
  if (isAssignedCounsellor(db, c, session.accountId)) return;
  if (hasBreakGlassToday(db, c.id, session.accountId, officeToday(db, ctx.now))) return;
  throw new AppError('FORBIDDEN', { key: 'errors.breakGlassRequired' });
}
