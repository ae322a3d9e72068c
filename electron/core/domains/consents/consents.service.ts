import type { z } from 'zod';
import type {
  consentRecordInput,
  consentWithdrawInput,
} from '../../../../shared/ipc/schemas/cases';
import { AppError } from '../../errors';
import type { CallContext } from '../../ipc/context';
import { requireCase } from '../cases/cases.service';
import { checkConsentEntry, consentValues } from '../cases/intake';
import { Issues, type Action } from '../reference/action';
import { checkNotFuture, checkOrder } from '../reference/checks';
import { getConsent, insertConsent, markWithdrawn } from './consents.repo';

/**
 * The consent ledger (倫理責任 3: nothing leaves the service without written consent, and using
 * the service is voluntary). Facts are appended, never edited; a withdrawal is its own dated fact
 * on the consent it ends. A refusal is recorded too: it limits what the case may record.
 */
export function recordConsent(
  ctx: CallContext,
  a: Action,
  input: z.output<typeof consentRecordInput>,
): { id: string } {
  const { caseId, ...entry } = input;
  const row = requireCase(ctx, a.db, caseId);
  const issues = new Issues();
  checkConsentEntry(issues, [], entry, a.today);
  issues.throwIfAny();
  const id = insertConsent(a.db, row.id, consentValues(entry), a.actorId, a.at, a.installationId);
  a.audit(
    'consent.recorded',
    { type: 'consent', id },
    { caseId: row.id, kind: entry.kind, status: entry.status },
  );
  return { id };
}

export function withdrawConsent(
  ctx: CallContext,
  a: Action,
  input: z.output<typeof consentWithdrawInput>,
): void {
  const consent = getConsent(a.db, input.id);
  if (!consent) throw new AppError('NOT_FOUND');
  requireCase(ctx, a.db, consent.case_id);
  if (consent.status !== 'given' || consent.withdrawn_on !== null)
    throw new AppError('CONFLICT', { key: 'errors.consentNotWithdrawable' });
  const issues = new Issues();
  checkNotFuture(issues, 'withdrawnOn', input.withdrawnOn, a.today);
  checkOrder(issues, 'withdrawnOn', consent.given_on, input.withdrawnOn);
  issues.throwIfAny();
  markWithdrawn(a.db, consent.id, input.withdrawnOn, a.at, a.installationId);
  a.audit(
    'consent.withdrawn',
    { type: 'consent', id: consent.id },
    { caseId: consent.case_id, kind: consent.kind },
  );
}
