import { z } from 'zod';
import { CASE_STATUSES, RISK_LEVELS } from '../../domain/reference-lists';
import { id } from './common';
import { calendarDate, refCode, requiredText, safeText } from './reference';

/*
 * The case list (issue #6), saved filters and the home page's follow-ups. Rows carry logistics
 * only (SECURITY.md §4: name, case number, agency in lists) — never the presenting summary or
 * anything clinical; the strict output schema refuses any other field.
 */

export const CASE_SORTS = ['updatedAt', 'requestedOn', 'caseNumber', 'nextFollowUp'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];
export const SORT_DIRS = ['asc', 'desc'] as const;
export const CASE_LIST_MAX = 200;

/**
 * What a person filters by — also what a saved filter stores. Arrays mean "any of"; filters
 * combine with AND. `agencyId` takes the agency and everything under it. `overdue`: open cases
 * whose next follow-up is before today. `search`: a client-name fragment (1+ characters, 台/臺
 * folded), a case number ('114-000123', '114-123', '000123'), phone digits (4+, any formatting)
 * or an e-mail address (prefix).
 */
export const caseListFilter = z.strictObject({
  status: z
    .array(z.enum(CASE_STATUSES, { error: 'validation.invalidValue' }))
    .max(CASE_STATUSES.length)
    .optional(),
  facets: z.array(refCode).max(10).optional(),
  riskLevels: z
    .array(z.enum(RISK_LEVELS, { error: 'validation.invalidValue' }))
    .max(RISK_LEVELS.length)
    .optional(),
  deskOwnerId: id.optional(),
  counsellorId: id.optional(),
  providerId: id.optional(),
  agencyId: id.optional(),
  requestedFrom: calendarDate.optional(),
  /** On or after requestedFrom ('validation.dateOrder'). */
  requestedTo: calendarDate.optional(),
  overdue: z.boolean().optional(),
  /** Never stored as typed text beyond a saved filter; still refuses a national ID ('validation.nationalId'). */
  search: safeText(60).optional(),
  sort: z.enum(CASE_SORTS, { error: 'validation.invalidValue' }).optional(),
  dir: z.enum(SORT_DIRS, { error: 'validation.invalidValue' }).optional(),
});
export type CaseListFilter = z.output<typeof caseListFilter>;

/**
 * Default sort: most recently changed first. Pass the previous page's `next` as `cursor` with
 * the SAME filter and sort; a cursor from another sort answers VALIDATION 'validation.cursor'.
 */
export const caseListInput = caseListFilter.extend({
  cursor: z.string().max(400, { error: 'validation.cursor' }).optional(),
  limit: z.number().int().min(1).max(CASE_LIST_MAX).default(50),
});
export type CaseListInput = z.output<typeof caseListInput>;

export const caseListRow = z.strictObject({
  id: z.string(),
  caseNumber: z.string(),
  clientName: z.string(),
  agencyName: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  riskLevel: z.enum(RISK_LEVELS),
  /** Facet codes, sorted. */
  facets: z.array(z.string()),
  deskOwnerName: z.string(),
  counsellorName: z.string().nullable(),
  providerName: z.string().nullable(),
  requestedOn: z.string(),
  nextFollowUp: z.string().nullable(),
  /** Whole days past the follow-up date for an open case ("逾期 3 天"); null when not overdue. */
  overdueDays: z.number().int().nullable(),
});
export type CaseListRow = z.infer<typeof caseListRow>;

export const caseListOutput = z.strictObject({
  rows: z.array(caseListRow),
  /** Opaque; null on the last page. */
  next: z.string().nullable(),
  /** Matching cases, counted on the first page only (null when a cursor was given). */
  total: z.number().int().nullable(),
});

// ---- saved filters ---------------------------------------------------------------------------

export const SAVED_FILTERS_MAX = 50;

/** Saving under a name the person already used replaces that filter. More than 50 answers CONFLICT 'errors.savedFilterLimit'. */
export const savedFilterSaveInput = z.strictObject({
  name: requiredText(40),
  filter: caseListFilter,
});
export const savedFilterDeleteInput = z.strictObject({ id });
export const savedFilterRow = z.strictObject({
  id: z.string(),
  name: z.string(),
  filter: caseListFilter,
  updatedAt: z.number().int(),
});
export const savedFiltersListOutput = z.strictObject({ filters: z.array(savedFilterRow) });
export const savedFilterSaved = z.strictObject({ id: z.string() });

// ---- home page -------------------------------------------------------------------------------

export const HOME_LIST_MAX = 20;

const followUps = z.strictObject({ count: z.number().int(), cases: z.array(caseListRow) });
/**
 * The signed-in person's open cases (as desk owner or counsellor): overdue follow-ups, most
 * overdue first, and those due today; each list holds the first 20 and the full count.
 */
export const homeSummaryOutput = z.strictObject({
  today: z.string(),
  overdue: followUps,
  dueToday: followUps,
});
