import { z } from 'zod';
import { CASE_STATUSES, GENDERS } from '../../domain/reference-lists';
import { id } from './common';
import { refCode, requiredText, safeText } from './reference';

/*
 * Clients (服務對象): as little as the work needs (DOMAIN.md) — name, agency, category, gender,
 * birth year, manager or not, a contact, special-group flags. Never a national ID: every text
 * field refuses one ('validation.nationalId').
 */

export const gender = z.enum(GENDERS, { error: 'validation.invalidValue' });
/** Upper bound (this year) is checked in core against the clock: 'validation.birthYear'. */
export const birthYear = z
  .number()
  .int({ error: 'validation.birthYear' })
  .min(1900, { error: 'validation.birthYear' })
  .max(2910, { error: 'validation.birthYear' });
export const phone = safeText(30).refine((v) => v === '' || /\d/.test(v), {
  error: 'validation.phone',
});
export const email = z
  .string()
  .trim()
  .max(120)
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { error: 'validation.email' });

const clientFields = {
  name: requiredText(60),
  agencyId: id.nullable().optional(),
  /** staffCategory code */
  category: refCode.nullable().optional(),
  gender: gender.default('U'),
  birthYear: birthYear.nullable().optional(),
  isManager: z.boolean().default(false),
  phone: phone.nullable().optional(),
  email: email.nullable().optional(),
  /** specialGroup codes (新進, 身心障礙, 家有長照需求, 重大事件當事人) */
  specialGroups: z.array(refCode).max(10).default([]),
};
export const clientCreateInput = z.strictObject(clientFields);
/** Fields left out stay as they are; `null` clears an optional one. */
export const clientUpdateInput = z.strictObject({
  id,
  name: clientFields.name.optional(),
  agencyId: clientFields.agencyId,
  category: clientFields.category,
  gender: gender.optional(),
  birthYear: clientFields.birthYear,
  isManager: z.boolean().optional(),
  phone: clientFields.phone,
  email: clientFields.email,
  specialGroups: z.array(refCode).max(10).optional(),
});

/** What a search result or a candidate shows: enough to tell two people apart. */
export const clientSummary = z.strictObject({
  id: z.string(),
  name: z.string(),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  category: z.string().nullable(),
  gender: gender,
  birthYear: z.number().int().nullable(),
  isManager: z.boolean(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  openCases: z.number().int(),
});
export type ClientSummary = z.infer<typeof clientSummary>;

/**
 * One box: a name fragment (1+ characters, 台/臺 and full-width folded), or phone digits (any
 * formatting, 4+ digits), or an e-mail address. Merged records are never returned.
 */
export const clientSearchInput = z.strictObject({
  q: z.string().trim().min(1, { error: 'validation.required' }).max(60),
  limit: z.number().int().min(1).max(50).default(20),
});
export const clientSearchOutput = z.strictObject({ clients: z.array(clientSummary) });

export const clientGetInput = z.strictObject({ id });
export const clientDetail = clientSummary.extend({
  specialGroups: z.array(z.string()),
  /** Set when this record was merged into another: the renderer goes to that one. */
  mergedInto: z.string().nullable(),
  cases: z.array(
    z.strictObject({
      id: z.string(),
      caseNumber: z.string(),
      status: z.enum(CASE_STATUSES),
      requestedOn: z.string(),
    }),
  ),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export const clientGetOutput = z.strictObject({ client: clientDetail });

/** A would-be client (the form so far); `excludeId` leaves out the record being edited. */
export const clientDuplicatesInput = z.strictObject({
  name: z.string().trim().max(60).default(''),
  agencyId: id.nullable().optional(),
  phone: z.string().trim().max(30).nullable().optional(),
  email: z.string().trim().max(120).nullable().optional(),
  excludeId: id.optional(),
});
export const DUPLICATE_REASONS = ['nameAgency', 'phone', 'email'] as const;
export const clientDuplicatesOutput = z.strictObject({
  candidates: z.array(
    z.strictObject({ client: clientSummary, reasons: z.array(z.enum(DUPLICATE_REASONS)) }),
  ),
});

/**
 * Two records of one person: cases and contacts move to `keepId`, the other is marked merged
 * and leaves search. Audited. Merging a record into itself, or an already merged one, answers
 * CONFLICT 'errors.mergeInvalid'.
 */
export const clientMergeInput = z.strictObject({ keepId: id, mergeId: id });
