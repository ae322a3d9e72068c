import { z } from 'zod';

/** Form keys name a form, never a person: 'cases.intake', 'clinical.sessionNote:<caseId>'. */
export const draftKey = z
  .string()
  .regex(/^[a-z][A-Za-z.]{1,40}(:[0-9a-f-]{36})?$/, { error: 'validation.invalid' });
export const draftSaveInput = z.strictObject({
  formKey: draftKey,
  payload: z.string().max(200_000),
});
export const draftKeyInput = z.strictObject({ formKey: draftKey });
export const draftOutput = z.strictObject({
  payload: z.string().nullable(),
  updatedAt: z.number().int().nullable(),
});
