import { z } from 'zod';
import {
  CASE_STATUSES,
  CONSENT_FORMS,
  CONSENT_KINDS,
  CONSENT_STATUSES,
  GENDERS,
  RISK_LEVELS,
  SERVICE_CONSENT_STATES,
} from '../../domain/reference-lists';
import { id } from './common';
import { accountRef, calendarDate, nameRef, refCode, safeText } from './reference';

/*
 * Case intake, the case page, status changes and the consent ledger. No clinical field exists
 * here, on purpose: clinical text gets its own channels (SECURITY.md §4), never cases.get.
 * Every code is checked in core against ACTIVE reference items ('validation.unknownCode' on its
 * field); owners must be active accounts ('validation.accountNotEligible').
 */

export const riskLevel = z.enum(RISK_LEVELS, { error: 'validation.invalidValue' });

/**
 * One consent entry. Service consent in writing needs the paper form's `reference`; given
 * orally it needs a `witness` ('validation.consentReference' / 'validation.consentWitness').
 */
export const consentEntry = z.strictObject({
  kind: z.enum(CONSENT_KINDS, { error: 'validation.invalidValue' }),
  status: z.enum(CONSENT_STATUSES, { error: 'validation.invalidValue' }),
  form: z.enum(CONSENT_FORMS, { error: 'validation.invalidValue' }),
  reference: safeText(60).nullable().optional(),
  witness: safeText(60).nullable().optional(),
  scope: safeText(200).nullable().optional(),
  givenOn: calendarDate,
  /** On or after givenOn ('validation.dateOrder'). */
  expiresOn: calendarDate.nullable().optional(),
});

/**
 * The presenting summary is sensitive identifying, not clinical. It may only be written while
 * the service consent is given (otherwise CONFLICT 'errors.noServiceConsent'); clearing it is
 * always allowed.
 */
const presentingSummary = safeText(1000);

export const caseIntakeFields = {
  clientId: id,
  /** Not in the future ('validation.dateInFuture'). */
  requestedOn: calendarDate,
  channel: refCode,
  source: refCode,
  voluntary: z.boolean({ error: 'validation.required' }),
  serviceItem: refCode.nullable().optional(),
  facets: z.array(refCode).min(1, { error: 'validation.facetRequired' }).max(5),
  topics: z.array(refCode).max(30).default([]),
  issues: z.array(refCode).max(20).default([]),
  riskLevel,
  presentingSummary: presentingSummary.default(''),
  deskOwnerId: id,
  /** An active counsellor account. */
  counsellorId: id.nullable().optional(),
  /** An active provider. */
  providerId: id.nullable().optional(),
  /** On or after requestedOn ('validation.dateOrder'). */
  nextFollowUp: calendarDate.nullable().optional(),
};

/**
 * → { id, caseNumber } ('114-000123', numbered by the ROC year of requestedOn). A non-empty
 * presentingSummary needs a given service consent among `consents` (CONFLICT
 * 'errors.noServiceConsent' otherwise), the same rule cases.update applies.
 */
export const caseCreateInput = z.strictObject({
  ...caseIntakeFields,
  consents: z.array(consentEntry).max(10).default([]),
});
export const caseCreated = z.strictObject({ id: z.string(), caseNumber: z.string() });

/** Intake fields only; the status changes through cases.setStatus. A closed case answers CONFLICT 'errors.caseClosed'. */
export const caseUpdateInput = z.strictObject({
  id,
  requestedOn: calendarDate.optional(),
  channel: refCode.optional(),
  source: refCode.optional(),
  voluntary: z.boolean().optional(),
  serviceItem: refCode.nullable().optional(),
  facets: caseIntakeFields.facets.optional(),
  topics: z.array(refCode).max(30).optional(),
  issues: z.array(refCode).max(20).optional(),
  /** A change adds a row to the risk history. */
  riskLevel: riskLevel.optional(),
  presentingSummary: presentingSummary.optional(),
  deskOwnerId: id.optional(),
  counsellorId: id.nullable().optional(),
  providerId: id.nullable().optional(),
  nextFollowUp: calendarDate.nullable().optional(),
});

/**
 * Legal moves: intake→active, intake→closed, active→closed, closed→active (reopen). Anything else
 * answers CONFLICT 'errors.illegalTransition'. Closing needs `reason` (a closingReason code) and
 * may carry a non-clinical `summary`; `reason` and `summary` are refused on other moves.
 */
export const caseSetStatusInput = z.strictObject({
  id,
  to: z.enum(CASE_STATUSES, { error: 'validation.invalidValue' }),
  on: calendarDate,
  reason: refCode.nullable().optional(),
  summary: safeText(1000).nullable().optional(),
});

/** `asOf` is the day consentState is computed for (default: today). Every call is audited as 'case.opened'. */
export const caseGetInput = z.strictObject({
  id,
  asOf: calendarDate.optional(),
  /**
   * Break-glass: a counsellor opening a case not assigned to them states why (SECURITY.md §4).
   * Audited and shown to the assigned counsellor.
   */
  breakGlassReason: z
    .string()
    .trim()
    .min(10, { error: 'validation.breakGlassReason' })
    .max(500)
    .optional(),
  /**
   * The page already on screen fetches again after a change. Core audits it as a new open
   * anyway unless the last open it audited in this sign-in is this same case, under 30 minutes
   * ago: a renderer cannot use the flag to read a case it has not opened.
   */
  refresh: z.boolean().optional(),
});
export const casePrintedInput = z.strictObject({ id });
export const breakGlassListOutput = z.strictObject({
  entries: z.array(
    z.strictObject({
      id: z.string(),
      caseId: z.string(),
      caseNumber: z.string(),
      openedAt: z.number().int(),
      openedByName: z.string(),
      reason: z.string(),
    }),
  ),
});
export const breakGlassAckInput = z.strictObject({ id });

export const consentRow = z.strictObject({
  id: z.string(),
  kind: z.enum(CONSENT_KINDS),
  status: z.enum(CONSENT_STATUSES),
  form: z.enum(CONSENT_FORMS),
  reference: z.string().nullable(),
  witness: z.string().nullable(),
  scope: z.string().nullable(),
  givenOn: z.string(),
  expiresOn: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  recordedBy: accountRef,
  createdAt: z.number().int(),
});
export const consentState = z.strictObject({
  informed: z.boolean(),
  service: z.enum(SERVICE_CONSENT_STATES),
  managerAttendance: z.boolean(),
});
export type ConsentState = z.infer<typeof consentState>;

export const caseDetail = z.strictObject({
  id: z.string(),
  caseNumber: z.string(),
  status: z.enum(CASE_STATUSES),
  client: z.strictObject({
    id: z.string(),
    name: z.string(),
    agencyName: z.string().nullable(),
    category: z.string().nullable(),
    gender: z.enum(GENDERS),
    birthYear: z.number().int().nullable(),
    isManager: z.boolean(),
  }),
  /** Agency and category as they were when the case opened (statistics count them there). */
  agency: nameRef.nullable(),
  category: z.string().nullable(),
  requestedOn: z.string(),
  channel: z.string(),
  source: z.string(),
  voluntary: z.boolean(),
  serviceItem: z.string().nullable(),
  facets: z.array(z.string()),
  topics: z.array(z.string()),
  issues: z.array(z.string()),
  riskLevel: riskLevel,
  firstRiskLevel: riskLevel,
  presentingSummary: z.string(),
  deskOwner: accountRef,
  counsellor: accountRef.nullable(),
  provider: nameRef.nullable(),
  nextFollowUp: z.string().nullable(),
  closedOn: z.string().nullable(),
  closingReason: z.string().nullable(),
  closingSummary: z.string().nullable(),
  consents: z.array(consentRow),
  consentState,
  consentStateOn: z.string(),
  riskHistory: z.array(
    z.strictObject({
      id: z.string(),
      level: riskLevel,
      assessedOn: z.string(),
      assessedBy: accountRef,
    }),
  ),
  statusHistory: z.array(
    z.strictObject({
      id: z.string(),
      from: z.enum(CASE_STATUSES).nullable(),
      to: z.enum(CASE_STATUSES),
      reason: z.string().nullable(),
      summary: z.string().nullable(),
      changedOn: z.string(),
      changedBy: accountRef,
    }),
  ),
  contacts: z.array(
    z.strictObject({
      id: z.string(),
      occurredOn: z.string(),
      channel: z.string(),
      serviceItem: z.string(),
      minutes: z.number().int().nullable(),
    }),
  ),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type CaseDetail = z.infer<typeof caseDetail>;
export const caseGetOutput = z.strictObject({ case: caseDetail });

/** → { id }. Validation keys: 'validation.consentReference', 'validation.consentWitness', 'validation.dateOrder'. */
export const consentRecordInput = consentEntry.extend({ caseId: id });
/** A refused or already withdrawn consent answers CONFLICT 'errors.consentNotWithdrawable'. */
export const consentWithdrawInput = z.strictObject({ id, withdrawnOn: calendarDate });
