import { z } from 'zod';
import { looksLikeNationalId } from '../../domain/national-id';
import { PROVIDER_KINDS, REF_CODE_PATTERN, REF_LISTS } from '../../domain/reference-lists';
import { parseDateInput } from '../../format/roc-date';
import { id } from './common';

/*
 * Field schemas shared by the reference, agency, client, contact and case channels, then the
 * reference data, provider and staff directory channels. Every failure names its message key,
 * so a form shows it beside the field in either language.
 */

/** A reference code; whether it is an ACTIVE item of the right list is checked in core ('validation.unknownCode'). */
export const refCode = z.string().regex(REF_CODE_PATTERN, { error: 'validation.refCode' });

/** ISO `YYYY-MM-DD` that is a real calendar day (2025-02-29 is refused), ROC 1 to ROC 999. */
export const calendarDate = z.string().superRefine((value, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'validation.date' });
    return;
  }
  const parsed = parseDateInput(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `validation.date.${parsed.reason}` });
});

/** Free text that can never hold a national ID (DOMAIN.md: "never a national ID"). */
export const safeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => !looksLikeNationalId(v), { error: 'validation.nationalId' });
export const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max)
    .refine((v) => !looksLikeNationalId(v), { error: 'validation.nationalId' });

export const nameRef = z.strictObject({ id: z.string(), name: z.string() });
export const accountRef = z.strictObject({ id: z.string(), displayName: z.string() });

// ---- reference data ----------------------------------------------------------------------

export const refList = z.enum(REF_LISTS, { error: 'validation.invalidValue' });

export const refItem = z.strictObject({
  id: z.string(),
  list: refList,
  code: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  /** Topics: the facet code they belong to; null elsewhere. */
  parentCode: z.string().nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  /** Only with `withUsage`: true when a record uses it (then it can be deactivated, not deleted). */
  inUse: z.boolean().optional(),
});
export type RefItem = z.infer<typeof refItem>;

/**
 * Pick-lists ask for active items of one list; the administrator's page asks for everything with
 * `includeInactive` and `withUsage`. Deactivated items stay readable on old records: a record
 * page resolves its codes with `includeInactive: true`.
 */
export const referenceListInput = z.strictObject({
  list: refList.optional(),
  includeInactive: z.boolean().default(false),
  withUsage: z.boolean().default(false),
});
export const referenceListOutput = z.strictObject({ items: z.array(refItem) });

const label = z.string().trim().min(1, { error: 'validation.required' }).max(60);
export const referenceCreateInput = z.strictObject({
  list: refList,
  code: refCode,
  labelZh: label,
  labelEn: label,
  /** Required for topics (an active facet code); refused for other lists. */
  parentCode: refCode.nullable().optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});
/** The code never changes (records store it); labels, order, parent and active do. */
export const referenceUpdateInput = z.strictObject({
  id,
  labelZh: label.optional(),
  labelEn: label.optional(),
  parentCode: refCode.nullable().optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
  active: z.boolean().optional(),
});
/** An item in use answers CONFLICT 'errors.referenceInUse': deactivate it instead. */
export const referenceDeleteInput = z.strictObject({ id });
export const createdId = z.strictObject({ id: z.string() });

// ---- providers (contracted organisations or internal) and their counsellors ---------------

export const providerCounsellor = z.strictObject({
  id: z.string(),
  name: z.string(),
  /** The counsellor's own account when they use this app (in-house); usually null for contracted ones. */
  accountId: z.string().nullable(),
  active: z.boolean(),
});
export const provider = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(PROVIDER_KINDS),
  phone: z.string().nullable(),
  /** Whole NT$ per hour (鐘點費), for report 11. */
  hourlyRate: z.number().int().nullable(),
  active: z.boolean(),
  counsellors: z.array(providerCounsellor),
});
export const providersListInput = z.strictObject({ includeInactive: z.boolean().default(false) });
export const providersListOutput = z.strictObject({ providers: z.array(provider) });
const providerFields = {
  name: requiredText(80),
  kind: z.enum(PROVIDER_KINDS, { error: 'validation.invalidValue' }),
  phone: safeText(30).nullable().optional(),
  hourlyRate: z.number().int().min(0).max(100_000).nullable().optional(),
};
export const providerCreateInput = z.strictObject(providerFields);
export const providerUpdateInput = z.strictObject({
  id,
  name: providerFields.name.optional(),
  kind: providerFields.kind.optional(),
  phone: providerFields.phone,
  hourlyRate: providerFields.hourlyRate,
  active: z.boolean().optional(),
});
export const providerCounsellorCreateInput = z.strictObject({
  providerId: id,
  name: requiredText(60),
  accountId: id.nullable().optional(),
});
export const providerCounsellorUpdateInput = z.strictObject({
  id,
  name: requiredText(60).optional(),
  accountId: id.nullable().optional(),
  active: z.boolean().optional(),
});

// ---- staff directory (owner pickers) -----------------------------------------------------

export const staffDirectoryOutput = z.strictObject({
  staff: z.array(
    z.strictObject({
      id: z.string(),
      displayName: z.string(),
      role: z.enum(['desk', 'counsellor', 'admin']),
    }),
  ),
});
