import type { Role } from '../../../../shared/domain/app-state';
import { AppError } from '../../errors';
import type { CallContext } from '../../ipc/context';
import type { CaseDbRow } from './cases.repo';

const SERVICE_ROLES: readonly Role[] = ['desk', 'counsellor', 'admin'];

/**
 * Who may see or touch this case. For now every service role may (the channel's roles already
 * say who may write). The one place to extend when per-case visibility arrives (assigned
 * counsellor, break-glass with a written reason: SECURITY.md §4): every case channel calls it.
 */
export function assertCaseAccess(
  ctx: CallContext,
  _case: Pick<CaseDbRow, 'id' | 'desk_owner_id' | 'counsellor_id'>,
): void {
  const role = ctx.session?.role;
  if (!role || !SERVICE_ROLES.includes(role)) throw new AppError('FORBIDDEN');
}
