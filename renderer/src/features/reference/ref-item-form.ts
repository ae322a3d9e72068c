import { z } from 'zod';
import { REF_CODE_PATTERN } from '../../../../shared/domain/reference-lists';
import { pathMapper } from '../../lib/form-errors';
import { pickedOptional } from '../../lib/form-values';

const label = z
  .string()
  .trim()
  .min(1, { error: 'validation.required' })
  .max(60, { error: 'validation.tooLong' });

/** A reference item as the administrator types it; the code only when adding (it never changes). */
export const refItemForm = z.object({
  code: z.string().trim(),
  labelZh: label,
  labelEn: label,
  parentCode: pickedOptional,
  sortOrder: z
    .string()
    .trim()
    .transform((text, ctx) => {
      if (text === '') return undefined;
      const n = Number(text);
      if (!Number.isInteger(n) || n < 0 || n > 100_000) {
        ctx.addIssue({ code: 'custom', message: 'validation.sortOrder' });
        return z.NEVER;
      }
      return n;
    }),
});
export const refItemCreateForm = refItemForm.superRefine((v, ctx) => {
  if (!REF_CODE_PATTERN.test(v.code))
    ctx.addIssue({ code: 'custom', path: ['code'], message: 'validation.refCode' });
});
export type RefItemValues = z.input<typeof refItemForm>;
export type RefItemOutput = z.output<typeof refItemForm>;

export const REF_ITEM_FIELDS = pathMapper<RefItemValues>({
  code: 'code',
  labelZh: 'labelZh',
  labelEn: 'labelEn',
  parentCode: 'parentCode',
  sortOrder: 'sortOrder',
});
