import { z } from 'zod';
import {
  CONSENT_FORMS,
  CONSENT_KINDS,
  CONSENT_STATUSES,
} from '../../../../shared/domain/reference-lists';
import type { InputOf } from '../../../../shared/ipc/types';
import { pathMapper } from '../../lib/form-errors';
import { formDate, formDateOptional, formText } from '../../lib/form-values';

/** One consent-ledger entry as typed → consents.record (the case id is added by the caller). */
export const consentRecordForm = z
  .object({
    kind: z.enum(CONSENT_KINDS, { error: 'validation.invalidValue' }),
    status: z.enum(CONSENT_STATUSES, { error: 'validation.invalidValue' }),
    form: z.enum(CONSENT_FORMS, { error: 'validation.invalidValue' }),
    reference: formText(60),
    witness: formText(60),
    scope: formText(200),
    givenOn: formDate,
    expiresOn: formDateOptional,
  })
  .superRefine((v, ctx) => {
    const serviceGiven = v.kind === 'service' && v.status === 'given';
    if (serviceGiven && v.form === 'written' && v.reference === '')
      ctx.addIssue({ code: 'custom', path: ['reference'], message: 'validation.consentReference' });
    if (serviceGiven && v.form === 'oral' && v.witness === '')
      ctx.addIssue({ code: 'custom', path: ['witness'], message: 'validation.consentWitness' });
    if (v.expiresOn && v.expiresOn < v.givenOn)
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'validation.dateOrder' });
  })
  .transform((v): Omit<InputOf<'consents.record'>, 'caseId'> => ({
    kind: v.kind,
    status: v.status,
    form: v.status === 'refused' ? 'none' : v.form,
    reference: v.form === 'written' ? v.reference || null : null,
    witness: v.form === 'oral' ? v.witness || null : null,
    scope: v.scope || null,
    givenOn: v.givenOn,
    expiresOn: v.status === 'given' ? v.expiresOn : null,
  }));
export type ConsentRecordValues = z.input<typeof consentRecordForm>;
export type ConsentRecordInput = z.output<typeof consentRecordForm>;

export const CONSENT_RECORD_FIELDS = pathMapper<ConsentRecordValues>({
  kind: 'kind',
  status: 'status',
  form: 'form',
  reference: 'reference',
  witness: 'witness',
  scope: 'scope',
  givenOn: 'givenOn',
  expiresOn: 'expiresOn',
});
