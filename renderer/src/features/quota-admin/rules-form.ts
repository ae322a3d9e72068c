import { z } from 'zod';
import { ROUNDING_MODES } from '../../../../shared/domain/sessions';
import { quotaRule, type QuotaRule } from '../../../../shared/ipc/schemas/quota';
import type { InputOf } from '../../../../shared/ipc/types';

/*
 * The year's quota rules as the administrator edits them: hours typed as text, the counting unit
 * picked from its three values. Types and ranges are checked here with core's keys; what only
 * the whole set can tell (a category in two rules, hours off the unit's steps) core says, and
 * the page puts it beside the field it names.
 */

export const UNIT_CHOICES = ['0.25', '0.5', '1'] as const;
export type UnitChoice = (typeof UNIT_CHOICES)[number];

/**
 * Hours typed loosely (１.５, ' 3 ') → a number between 0 and 100, as the contract allows; the
 * range is the contract's own check, so its message carries the bound ({{max}}).
 */
export const formHours = z
  .string()
  .transform((text, ctx) => {
    const s = text.normalize('NFKC').trim();
    const n = Number(s);
    if (s !== '' && Number.isFinite(n)) return n;
    ctx.addIssue({
      code: 'custom',
      message: s === '' ? 'validation.required' : 'validation.invalidType',
    });
    return z.NEVER;
  })
  .pipe(quotaRule.shape.baseHours);

export const ruleRow = z.object({
  categories: z.array(z.string()),
  baseHours: formHours,
  extensionHours: formHours,
  unitHours: z
    .enum(UNIT_CHOICES, { error: 'validation.invalidValue' })
    .transform((u) => Number(u) as QuotaRule['unitHours']),
  rounding: z.enum(ROUNDING_MODES, { error: 'validation.invalidValue' }),
});
export const rulesForm = z.object({ rules: z.array(ruleRow).min(1).max(20) });

export type RuleValues = z.input<typeof ruleRow>;
export type RulesValues = z.input<typeof rulesForm>;
export type RulesOutput = z.output<typeof rulesForm>;

/** A stored (or inherited) rule → what the form shows. */
export const ruleValues = (r: QuotaRule): RuleValues => ({
  categories: [...r.categories],
  baseHours: String(r.baseHours),
  extensionHours: String(r.extensionHours),
  unitHours: String(r.unitHours) as UnitChoice,
  rounding: r.rounding,
});

/** A new row: the counting unit and rounding of the last rule, since an office uses one. */
export function newRule(after: RuleValues | undefined): RuleValues {
  return {
    categories: [],
    baseHours: '0',
    extensionHours: '0',
    unitHours: after?.unitHours ?? '0.5',
    rounding: after?.rounding ?? 'up',
  };
}

export const toSetRulesInput = (year: number, v: RulesOutput): InputOf<'quota.setRules'> => ({
  year,
  rules: v.rules,
});

type RuleField = 'categories' | 'baseHours' | 'extensionHours' | 'unitHours' | 'rounding';
const RULE_FIELDS: readonly string[] = [
  'categories',
  'baseHours',
  'extensionHours',
  'unitHours',
  'rounding',
];

/**
 * A core issue path → the form field it belongs beside: ['rules', 1, 'categories'] and
 * ['rules', 1, 'categories', 0] (an unknown code) → 'rules.1.categories'; ['rules', 0,
 * 'baseHours'] → 'rules.0.baseHours'. Anything else (the whole list) → null.
 */
export function ruleFieldFor(
  path: readonly (string | number)[],
): `rules.${number}.${RuleField}` | null {
  const [head, index, field] = path;
  if (head !== 'rules' || typeof index !== 'number' || typeof field !== 'string') return null;
  if (!RULE_FIELDS.includes(field)) return null;
  return `rules.${index}.${field as RuleField}`;
}
