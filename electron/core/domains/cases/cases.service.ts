import type { z } from 'zod';
import type { CaseStatus } from '../../../../shared/domain/reference-lists';
import type { caseSetStatusInput, caseUpdateInput } from '../../../../shared/ipc/schemas/cases';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import type { CallContext } from '../../ipc/context';
import { consentStateOn } from '../consents/consent-state';
import { caseConsents } from '../consents/consents.repo';
import { given, Issues, type Action } from '../reference/action';
import { checkCode, checkNotFuture, checkOrder } from '../reference/checks';
import { assertCaseAccess } from './case-access';
import {
  getCaseRow,
  insertRisk,
  insertStatusChange,
  lastStatusChangeOn,
  replaceLinks,
  setCaseStatus,
  updateCaseIntake,
  type CaseDbRow,
} from './cases.repo';
import { checkIntake, insertIntake, type CaseCreate } from './intake';

export function requireCase(ctx: CallContext, db: Db, id: string): CaseDbRow {
  const row = getCaseRow(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  assertCaseAccess(ctx, db, row);
  return row;
}

export function createCase(a: Action, input: CaseCreate): { id: string; caseNumber: string } {
  const created = insertIntake(a, input);
  a.audit('case.created', { type: 'case', id: created.id }, { consents: input.consents.length });
  return created;
}

/**
 * Why: the presenting summary is sensitive personal data about the client (SECURITY.md §4), and
 * the plans allow collecting it only with the client's consent (倫理責任 3). Without a given
 * service consent — refused, withdrawn, expired or never recorded — the case keeps logistics
 * only (dates, owners, risk level, follow-up), so the summary may not be written. Clearing it
 * is always allowed: that collects nothing.
 */
export function assertSummaryAllowed(db: Db, caseId: string, today: string): void {
  const facts = caseConsents(db, caseId).map((c) => ({
    kind: c.kind,
    status: c.status,
    givenOn: c.given_on,
    expiresOn: c.expires_on,
    withdrawnOn: c.withdrawn_on,
  }));
  if (consentStateOn(facts, today).service !== 'given')
    throw new AppError('CONFLICT', { key: 'errors.noServiceConsent' });
}

export function updateCase(
  ctx: CallContext,
  a: Action,
  input: z.output<typeof caseUpdateInput>,
): void {
  const row = requireCase(ctx, a.db, input.id);
  if (row.status === 'closed') throw new AppError('CONFLICT', { key: 'errors.caseClosed' });
  const { id: _id, ...patch } = input;
  const requestedOn = input.requestedOn ?? row.requested_on;
  const issues = new Issues();
  const links = checkIntake(a, patch, requestedOn, issues);
  // A new request date must not leave the kept follow-up date before it.
  if (
    input.requestedOn &&
    row.next_follow_up &&
    !given(input.nextFollowUp) &&
    row.next_follow_up < input.requestedOn
  )
    issues.add(['requestedOn'], 'validation.dateOrder');
  issues.throwIfAny();
  if (
    input.presentingSummary !== undefined &&
    input.presentingSummary !== '' &&
    input.presentingSummary !== row.presenting_summary
  ) {
    assertSummaryAllowed(a.db, row.id, a.today);
  }
  const riskLevel = input.riskLevel ?? row.risk_level;
  updateCaseIntake(
    a.db,
    row.id,
    {
      requestedOn,
      channel: input.channel ?? row.channel_code,
      source: input.source ?? row.source_code,
      voluntary: input.voluntary ?? row.voluntary === 1,
      serviceItem: given(input.serviceItem) ? input.serviceItem : row.service_item_code,
      riskLevel,
      presentingSummary: input.presentingSummary ?? row.presenting_summary,
      deskOwnerId: input.deskOwnerId ?? row.desk_owner_id,
      counsellorId: given(input.counsellorId) ? input.counsellorId : row.counsellor_id,
      providerId: given(input.providerId) ? input.providerId : row.provider_id,
      nextFollowUp: given(input.nextFollowUp) ? input.nextFollowUp : row.next_follow_up,
    },
    a.at,
    a.installationId,
  );
  if (links.facets) replaceLinks(a.db, row.id, 'facets', links.facets);
  if (links.topics) replaceLinks(a.db, row.id, 'topics', links.topics);
  if (links.issues) replaceLinks(a.db, row.id, 'issues', links.issues);
  if (riskLevel !== row.risk_level)
    insertRisk(a.db, row.id, riskLevel, a.today, a.actorId, a.at, a.installationId);
  const fields = Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined);
  a.audit('case.updated', { type: 'case', id: row.id }, { fields: fields.join(',') });
}

/** intake → active | closed; active → closed; closed → active (reopen). Nothing else. */
const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  intake: ['active', 'closed'],
  active: ['closed'],
  closed: ['active'],
};

export function setStatus(
  ctx: CallContext,
  a: Action,
  input: z.output<typeof caseSetStatusInput>,
): void {
  const row = requireCase(ctx, a.db, input.id);
  if (!TRANSITIONS[row.status].includes(input.to)) {
    throw new AppError('CONFLICT', {
      key: 'errors.illegalTransition',
      params: { from: row.status, to: input.to },
    });
  }
  const closing = input.to === 'closed';
  const issues = new Issues();
  if (closing && !input.reason) issues.add(['reason'], 'validation.required');
  if (closing) checkCode(a.db, issues, 'closingReason', 'reason', input.reason);
  if (!closing && input.reason) issues.add(['reason'], 'validation.notApplicable');
  if (!closing && input.summary) issues.add(['summary'], 'validation.notApplicable');
  checkNotFuture(issues, 'on', input.on, a.today);
  checkOrder(issues, 'on', lastStatusChangeOn(a.db, row.id) ?? row.requested_on, input.on);
  issues.throwIfAny();
  if (closing) assertNoBookedAppointments(a.db, row.id);
  const reason = closing ? (input.reason ?? null) : null;
  const summary = closing ? input.summary || null : null;
  // Reopening clears the closure; the status history keeps every closing's reason and summary.
  setCaseStatus(
    a.db,
    row.id,
    { status: input.to, closedOn: closing ? input.on : null, reason, summary },
    a.at,
    a.installationId,
  );
  insertStatusChange(
    a.db,
    {
      caseId: row.id,
      from: row.status,
      to: input.to,
      reason,
      summary,
      on: input.on,
      by: a.actorId,
    },
    a.at,
    a.installationId,
  );
  a.audit('case.statusChanged', { type: 'case', id: row.id }, { from: row.status, to: input.to });
}

/**
 * A case is not closed over appointments still marked booked: each is a session to record, a
 * cancellation to note or a provider's visit to confirm, and after closing none of that could be
 * done (sessions and moves refuse a closed case), so the subsidy count would keep them forever.
 */
function assertNoBookedAppointments(db: Db, caseId: string): void {
  const count = db
    .prepare("SELECT count(*) FROM appointment WHERE case_id = ? AND status = 'booked'")
    .pluck()
    .get(caseId) as number;
  if (count > 0) {
    throw new AppError('CONFLICT', { key: 'errors.caseHasBookedAppointments', params: { count } });
  }
}
