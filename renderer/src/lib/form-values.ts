import { z } from 'zod';
import { looksLikeNationalId } from '../../../shared/domain/national-id';
import { parseDateInput } from '../../../shared/format/roc-date';

/*
 * Form-side field schemas for the case-work forms: what the person typed (text, picked codes)
 * → the contract's input, with the same message keys core uses, so the form says before saving
 * what core would say after. Core checks everything again.
 */

/** A typed date (ROC or Gregorian) → ISO. */
export const formDate = z.string().transform((text, ctx) => {
  const parsed = parseDateInput(text);
  if (parsed.ok) return parsed.iso;
  ctx.addIssue({ code: 'custom', message: `validation.date.${parsed.reason}` });
  return z.NEVER;
});

/** A typed date that may be left empty (→ null). */
export const formDateOptional = z.string().transform((text, ctx) => {
  const parsed = parseDateInput(text);
  if (parsed.ok) return parsed.iso;
  if (parsed.reason === 'empty') return null;
  ctx.addIssue({ code: 'custom', message: `validation.date.${parsed.reason}` });
  return z.NEVER;
});

/** A picked code or id that must be there. */
export const pickedRequired = z
  .string({ error: 'validation.required' })
  .nullable()
  .refine((v): v is string => v !== null && v !== '', { error: 'validation.required' });

/** A picked code or id that may be left empty (→ null). */
export const pickedOptional = z
  .string()
  .nullable()
  .transform((v) => (v ? v : null));

/** Free text that never holds a national ID (core refuses one in every text field). */
export const formText = (max: number, required = false) =>
  z
    .string()
    .trim()
    .max(max, { error: 'validation.tooLong' })
    .refine((v) => !required || v !== '', { error: 'validation.required' })
    .refine((v) => !looksLikeNationalId(v), { error: 'validation.nationalId' });

/** Whole minutes typed as text; empty → null. */
export const formMinutes = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (text === '') return null;
    const n = Number(text.normalize('NFKC'));
    if (!Number.isInteger(n) || n < 0 || n > 600) {
      ctx.addIssue({ code: 'custom', message: 'validation.minutes' });
      return z.NEVER;
    }
    return n;
  });

/** Yes / no / not recorded, as a select offers it. */
export const TRI_STATES = ['unknown', 'yes', 'no'] as const;
export type TriState = (typeof TRI_STATES)[number];
export const triToBoolean = (v: TriState): boolean | null => (v === 'unknown' ? null : v === 'yes');
