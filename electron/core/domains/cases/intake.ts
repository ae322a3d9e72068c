import type { z } from 'zod';
import type { caseCreateInput, consentEntry } from '../../../../shared/ipc/schemas/cases';
import { AppError } from '../../errors';
import { allocateCaseNumber } from '../../vault/case-number';
import { consentStateOn, type ConsentFact } from '../consents/consent-state';
import { insertConsent } from '../consents/consents.repo';
import { Issues, type Action } from '../reference/action';
import {
  checkAccount,
  checkCode,
  checkCodes,
  checkNotFuture,
  checkOrder,
  checkProvider,
} from '../reference/checks';
import { insertCase, insertRisk, insertStatusChange, replaceLinks } from './cases.repo';

export type CaseCreate = z.output<typeof caseCreateInput>;
export type ConsentEntry = z.output<typeof consentEntry>;
type IntakePatch = { [K in keyof Omit<CaseCreate, 'consents'>]?: CaseCreate[K] | undefined };

/** Service consent rules the paper trail needs: written → the form's reference, oral → a witness. */
export function checkConsentEntry(
  issues: Issues,
  path: readonly (string | number)[],
  c: ConsentEntry,
  today: string,
): void {
  if (c.kind === 'service' && c.status === 'given' && c.form === 'written' && !c.reference)
    issues.add([...path, 'reference'], 'validation.consentReference');
  if (c.kind === 'service' && c.status === 'given' && c.form === 'oral' && !c.witness)
    issues.add([...path, 'witness'], 'validation.consentWitness');
  if (c.givenOn > today) issues.add([...path, 'givenOn'], 'validation.dateInFuture');
  if (c.expiresOn && c.expiresOn < c.givenOn)
    issues.add([...path, 'expiresOn'], 'validation.dateOrder');
}

export function consentValues(c: ConsentEntry) {
  return {
    kind: c.kind,
    status: c.status,
    form: c.form,
    reference: c.reference || null,
    witness: c.witness || null,
    scope: c.scope || null,
    givenOn: c.givenOn,
    expiresOn: c.expiresOn ?? null,
  };
}

/**
 * Checks every intake field a call gives against live data: codes must be ACTIVE items of their
 * list, the owners active accounts of the right role, the provider active. `requestedOn` is
 * the case's (new or kept) request date, for the follow-up date's order. Returns deduplicated
 * link codes.
 */
export function checkIntake(a: Action, f: IntakePatch, requestedOn: string, issues: Issues) {
  if (f.clientId !== undefined) {
    const client = a.db.prepare('SELECT merged_into FROM client WHERE id = ?').get(f.clientId) as
      { merged_into: string | null } | undefined;
    if (!client) issues.add(['clientId'], 'validation.unknownClient');
    else if (client.merged_into) issues.add(['clientId'], 'validation.clientMerged');
  }
  checkNotFuture(issues, 'requestedOn', f.requestedOn, a.today);
  checkCode(a.db, issues, 'channel', 'channel', f.channel);
  checkCode(a.db, issues, 'caseSource', 'source', f.source);
  checkCode(a.db, issues, 'serviceItem', 'serviceItem', f.serviceItem);
  const links = {
    facets: f.facets ? checkCodes(a.db, issues, 'facet', 'facets', f.facets) : undefined,
    topics: f.topics ? checkCodes(a.db, issues, 'topic', 'topics', f.topics) : undefined,
    issues: f.issues ? checkCodes(a.db, issues, 'presentingIssue', 'issues', f.issues) : undefined,
  };
  checkAccount(a.db, issues, 'deskOwnerId', f.deskOwnerId, ['desk', 'counsellor', 'admin']);
  checkAccount(a.db, issues, 'counsellorId', f.counsellorId, ['counsellor']);
  checkProvider(a.db, issues, 'providerId', f.providerId);
  checkOrder(issues, 'nextFollowUp', requestedOn, f.nextFollowUp);
  return links;
}

export const toFact = (c: ConsentEntry): ConsentFact => ({
  kind: c.kind,
  status: c.status,
  givenOn: c.givenOn,
  expiresOn: c.expiresOn ?? null,
  withdrawnOn: null,
});

/**
 * Writes a new case with everything intake records, inside the caller's transaction: the case
 * number (per ROC year of the request), the client's agency and category as they are today,
 * the first risk row, the first status row ('intake') and the consent entries. The caller writes
 * the audit row.
 */
export function insertIntake(a: Action, f: CaseCreate): { id: string; caseNumber: string } {
  const issues = new Issues();
  const links = checkIntake(a, f, f.requestedOn, issues);
  f.consents.forEach((c, i) => checkConsentEntry(issues, ['consents', i], c, a.today));
  issues.throwIfAny();
  // The presenting summary is sensitive personal data: it is collected only with service
  // consent (see cases.service.ts, assertSummaryAllowed).
  if (
    f.presentingSummary !== '' &&
    consentStateOn(f.consents.map(toFact), a.today).service !== 'given'
  ) {
    throw new AppError('CONFLICT', { key: 'errors.noServiceConsent' });
  }
  const client = a.db
    .prepare('SELECT agency_id, category_code FROM client WHERE id = ?')
    .get(f.clientId) as { agency_id: string | null; category_code: string | null };
  const caseNumber = allocateCaseNumber(a.db, f.requestedOn);
  const id = insertCase(
    a.db,
    {
      caseNumber,
      clientId: f.clientId,
      agencyId: client.agency_id,
      category: client.category_code,
      requestedOn: f.requestedOn,
      channel: f.channel,
      source: f.source,
      voluntary: f.voluntary,
      serviceItem: f.serviceItem ?? null,
      riskLevel: f.riskLevel,
      presentingSummary: f.presentingSummary,
      deskOwnerId: f.deskOwnerId,
      counsellorId: f.counsellorId ?? null,
      providerId: f.providerId ?? null,
      nextFollowUp: f.nextFollowUp ?? null,
    },
    a.at,
    a.installationId,
  );
  replaceLinks(a.db, id, 'facets', links.facets ?? []);
  replaceLinks(a.db, id, 'topics', links.topics ?? []);
  replaceLinks(a.db, id, 'issues', links.issues ?? []);
  insertRisk(a.db, id, f.riskLevel, f.requestedOn, a.actorId, a.at, a.installationId);
  insertStatusChange(
    a.db,
    {
      caseId: id,
      from: null,
      to: 'intake',
      reason: null,
      summary: null,
      on: f.requestedOn,
      by: a.actorId,
    },
    a.at,
    a.installationId,
  );
  for (const c of f.consents)
    insertConsent(a.db, id, consentValues(c), a.actorId, a.at, a.installationId);
  return { id, caseNumber };
}
