import { z } from 'zod';
import { IMPORT_MAX_CHARS, IPC_CHUNK_CHARS } from '../../domain/csv-chunks';
import { EXTENSION_STATUSES, ROUNDING_MODES } from '../../domain/sessions';
import { importLineError } from './agencies';
import { id } from './common';
import { accountRef, calendarDate, nameRef, refCode, requiredText, safeText } from './reference';

/*
 * The subsidy quota (補助時數), provider-reported hours and the hours report. Hours travel as
 * numbers in hours (0.5 steps); core counts in minutes so sums stay exact.
 */

export const planYear = z
  .number()
  .int()
  .min(1912, { error: 'validation.year' })
  .max(2910, { error: 'validation.year' });
/** Hours in 0.5 h steps (REPORTS.md: "hours (0.5 h steps)"). */
export const halfHours = (max: number) =>
  z
    .number()
    .min(0.5)
    .max(max)
    .refine((h) => Number.isInteger(h * 2), { error: 'validation.halfHourSteps' });

// ---- rules and settings -------------------------------------------------------------------

export const quotaRule = z.strictObject({
  /** staffCategory codes; empty = every category no other rule names. */
  categories: z.array(refCode).max(20),
  baseHours: z.number().min(0).max(100),
  /** Further subsidised hours a counsellor may approve after an assessment (the cap). */
  extensionHours: z.number().min(0).max(100),
  unitHours: z.union([z.literal(0.25), z.literal(0.5), z.literal(1)], {
    error: 'validation.invalidValue',
  }),
  rounding: z.enum(ROUNDING_MODES, { error: 'validation.invalidValue' }),
});
export type QuotaRule = z.infer<typeof quotaRule>;

export const sessionSettings = z.strictObject({
  /** IANA zone the "calendar day before" rule and stored times use. */
  timeZone: z.string().max(60),
  lateCancellationCounts: z.boolean(),
  noShowCounts: z.boolean(),
  cancelByCalendarDayBefore: z.boolean(),
  workingHoursStart: z.string(),
  workingHoursEnd: z.string(),
});

/**
 * The year's rules: stored for that year once the administrator saved them, otherwise those of
 * the latest earlier year, otherwise the city preset (`source` says which).
 */
export const quotaRulesInput = z.strictObject({ year: planYear });
export const quotaRulesOutput = z.strictObject({
  year: z.number().int(),
  source: z.enum(['year', 'earlierYear', 'preset']),
  rules: z.array(quotaRule),
  settings: sessionSettings,
});

/**
 * Replaces the year's rules (administrator). At most one rule without categories; a category in
 * two rules is refused ('validation.categoryTwice' on rules.i.categories); hours in steps of the
 * rule's unit ('validation.unitSteps').
 */
export const quotaSetRulesInput = z.strictObject({
  year: planYear,
  rules: z.array(quotaRule).min(1).max(20),
});

/** An unknown zone answers 'validation.timeZone'. */
export const sessionSettingsUpdateInput = z.strictObject({
  timeZone: z.string().trim().min(1).max(60).optional(),
  lateCancellationCounts: z.boolean().optional(),
  noShowCounts: z.boolean().optional(),
  cancelByCalendarDayBefore: z.boolean().optional(),
  workingHoursStart: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' })
    .optional(),
  workingHoursEnd: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' })
    .optional(),
});

// ---- a person's quota ------------------------------------------------------------------

/**
 * Counted per PERSON (merged records count once) and per plan year (the calendar year of each
 * contact's date; `year` defaults to this year). used = in-house sessions + counted late
 * cancellations / no-shows (booked duration) + provider-reported hours, each rounded on its own
 * per the rule; booked = booked appointments not yet held; self-paid = contacts booked as
 * self-paid plus any use beyond the subsidy.
 */
export const quotaForClientInput = z.strictObject({ clientId: id, year: planYear.optional() });
export const quotaSummary = z.strictObject({
  clientId: z.string(),
  year: z.number().int(),
  /** The staff category the rule was chosen by (the person's current one). */
  category: z.string().nullable(),
  rule: quotaRule,
  entitlementHours: z.number(),
  extensionApprovedHours: z.number(),
  extensionPendingHours: z.number(),
  usedHours: z.number(),
  bookedHours: z.number(),
  remainingHours: z.number(),
  selfPaidHours: z.number(),
  byKind: z.strictObject({
    sessionHours: z.number(),
    lateCancellationHours: z.number(),
    noShowHours: z.number(),
    providerHours: z.number(),
  }),
});
export const quotaForClientOutput = z.strictObject({ quota: quotaSummary });

/** Desk or counsellor; goes to the counsellors' list. → { id }. */
export const extensionRequestInput = z.strictObject({
  clientId: id,
  year: planYear,
  hours: halfHours(50),
  reason: requiredText(300),
});
export const extensionRow = z.strictObject({
  id: z.string(),
  client: nameRef,
  year: z.number().int(),
  hours: z.number(),
  reason: z.string(),
  status: z.enum(EXTENSION_STATUSES),
  approvedHours: z.number().nullable(),
  requestedBy: accountRef,
  requestedAt: z.number().int(),
  decidedBy: accountRef.nullable(),
  decisionReason: z.string().nullable(),
});
export const pendingExtensionsOutput = z.strictObject({ extensions: z.array(extensionRow) });
/**
 * Counsellors only; records the assessor and the reason. Approved hours (default: those
 * requested) are capped by what the rule's extensionHours leaves (CONFLICT
 * 'errors.extensionCapReached' when nothing is left). Decided twice: 'errors.extensionDecided'.
 */
export const extensionDecideInput = z.strictObject({
  id,
  approve: z.boolean(),
  hours: halfHours(50).optional(),
  reason: requiredText(300),
});
export const extensionDecided = z.strictObject({
  status: z.enum(EXTENSION_STATUSES),
  approvedHours: z.number().nullable(),
});

// ---- provider-reported hours ------------------------------------------------------------

/**
 * Hours a contracted provider reports or invoices (no clinical content). `caseId` gives the
 * client too; a `clientId` that differs from the case's person is refused
 * ('validation.clientMismatch'). The date is not in the future.
 */
export const providerReportInput = z.strictObject({
  providerId: id,
  clientId: id.optional(),
  caseId: id.optional(),
  date: calendarDate,
  hours: halfHours(24),
  providerReference: safeText(60).optional(),
});
export const providerReportsListInput = z.strictObject({
  providerId: id.optional(),
  from: calendarDate,
  to: calendarDate,
});
export const providerReportRow = z.strictObject({
  id: z.string(),
  provider: nameRef,
  client: nameRef.nullable(),
  caseId: z.string().nullable(),
  date: z.string(),
  hours: z.number(),
  providerReference: z.string().nullable(),
  period: z.string().nullable(),
  needsReview: z.boolean(),
});
export const providerReportsListOutput = z.strictObject({ reports: z.array(providerReportRow) });

/**
 * The provider's monthly or quarterly CSV (text in chunks, see agencyImportInput). Header row:
 * date,client,agency,category,hours,reference — or 日期,姓名,機關,人員類別,時數,參考編號
 * (category and reference optional; agency by code or name; dates ISO, 114/03/05 or ROC).
 * Clients who went to the provider directly are matched by folded name + agency (or phone
 * column 電話 / phone), otherwise added and flagged for review. All or nothing.
 * `period`: '2025-03' (month) or '2025-Q1' (quarter); every date must fall in it.
 */
export const providerImportInput = z.strictObject({
  providerId: id,
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, { error: 'validation.period' }),
  chunks: z
    .array(z.string().max(IPC_CHUNK_CHARS, { error: 'validation.importTooLarge' }))
    .min(1, { error: 'validation.required' })
    .max(Math.ceil(IMPORT_MAX_CHARS / IPC_CHUNK_CHARS) + 1, { error: 'validation.importTooLarge' })
    .refine((c) => c.reduce((n, s) => n + s.length, 0) <= IMPORT_MAX_CHARS, {
      error: 'validation.importTooLarge',
    }),
  dryRun: z.boolean(),
});
export const providerImportOutput = z.strictObject({
  dryRun: z.boolean(),
  written: z.boolean(),
  rows: z.number().int(),
  totalHours: z.number(),
  /** line → how the client was found ('nameAgency' | 'phone') or 'new' (added, flagged for review). */
  matches: z.array(
    z.strictObject({
      line: z.number().int(),
      clientId: z.string().nullable(),
      how: z.enum(['nameAgency', 'phone', 'new']),
    }),
  ),
  errors: z.array(importLineError),
  errorCount: z.number().int(),
});

// ---- hours report (鐘點費, invoices) -----------------------------------------------------

/** Hours per in-house counsellor and per provider in a month; no client names. */
export const counsellorHoursInput = z.strictObject({
  year: planYear,
  month: z.number().int().min(1).max(12),
});
export const counsellorHoursOutput = z.strictObject({
  year: z.number().int(),
  month: z.number().int(),
  counsellors: z.array(
    z.strictObject({ counsellor: accountRef, sessions: z.number().int(), hours: z.number() }),
  ),
  providers: z.array(
    z.strictObject({
      provider: nameRef,
      reports: z.number().int(),
      hours: z.number(),
      hourlyRate: z.number().int().nullable(),
      amount: z.number().nullable(),
    }),
  ),
  totalHours: z.number(),
});
