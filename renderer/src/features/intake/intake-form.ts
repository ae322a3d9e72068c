import type { FieldValues, Path } from 'react-hook-form';
import { z } from 'zod';
import { RISK_LEVELS } from '../../../../shared/domain/reference-lists';
import type { InputOf } from '../../../../shared/ipc/types';
import {
  formDate,
  formDateOptional,
  formText,
  pickedOptional,
  pickedRequired,
} from '../../lib/form-values';

/** How service consent was obtained at intake; 'none' records nothing yet. */
export const SERVICE_CONSENT_CHOICES = ['written', 'oral', 'refused', 'none'] as const;
export type ServiceConsentChoice = (typeof SERVICE_CONSENT_CHOICES)[number];

/** The source for which the "tell the referring manager about attendance only" consent applies. */
export const SUPERVISOR_SOURCE = 'supervisorReferral';

const consentFields = {
  informed: z.boolean(),
  serviceConsent: z.enum(SERVICE_CONSENT_CHOICES, { error: 'validation.invalidValue' }),
  consentReference: formText(60),
  consentWitness: formText(60),
  consentScope: formText(200),
  consentOn: formDate,
  consentExpires: formDateOptional,
  managerAttendance: z.boolean(),
};

/** The intake fields a case keeps (also edited on the case page). */
export const intakeFieldSchemas = {
  requestedOn: formDate,
  channel: pickedRequired,
  source: pickedRequired,
  voluntary: z.enum(['yes', 'no'], { error: 'validation.required' }),
  serviceItem: pickedOptional,
  facets: z.array(z.string()).min(1, { error: 'validation.facetRequired' }),
  topics: z.array(z.string()),
  issues: z.array(z.string()),
  riskLevel: z.enum(RISK_LEVELS, { error: 'validation.riskRequired' }),
  // Disabled (so undefined) until service consent is given.
  presentingSummary: formText(1000).optional(),
  deskOwnerId: pickedRequired,
  counsellorId: pickedOptional,
  providerId: pickedOptional,
  nextFollowUp: formDateOptional,
};

type Consent = InputOf<'cases.create'>['consents'] extends (infer C)[] | undefined ? C : never;
type ConsentValues = z.output<z.ZodObject<typeof consentFields>>;

/**
 * The consent section as ledger entries: 告知 (informed), the service consent in writing (with
 * the paper form's reference), orally (with a witness) or refused, and for a supervisor's
 * referral the consent to tell that manager about attendance only.
 */
export function consentsOf(v: ConsentValues, source: string): Consent[] {
  const form = v.serviceConsent === 'written' ? 'written' : 'oral';
  const given = v.serviceConsent === 'written' || v.serviceConsent === 'oral';
  const out: Consent[] = [];
  if (v.informed)
    out.push({
      kind: 'informed',
      status: 'given',
      form,
      givenOn: v.consentOn,
      ...(v.serviceConsent === 'written' ? { reference: v.consentReference || null } : {}),
      ...(v.serviceConsent === 'oral' ? { witness: v.consentWitness || null } : {}),
    });
  if (given)
    out.push({
      kind: 'service',
      status: 'given',
      form,
      givenOn: v.consentOn,
      reference: form === 'written' ? v.consentReference || null : null,
      witness: form === 'oral' ? v.consentWitness || null : null,
      scope: v.consentScope || null,
      expiresOn: v.consentExpires,
    });
  if (v.serviceConsent === 'refused')
    out.push({ kind: 'service', status: 'refused', form: 'none', givenOn: v.consentOn });
  if (v.managerAttendance && source === SUPERVISOR_SOURCE)
    out.push({ kind: 'managerAttendance', status: 'given', form, givenOn: v.consentOn });
  return out;
}

export const serviceConsentGiven = (choice: ServiceConsentChoice): boolean =>
  choice === 'written' || choice === 'oral';

/** Intake as typed → cases.create. The client may still be missing: the form says so. */
export const intakeForm = z
  .object({ clientId: pickedRequired, ...intakeFieldSchemas, ...consentFields })
  .superRefine((v, ctx) => {
    if (v.serviceConsent === 'written' && v.consentReference === '')
      ctx.addIssue({
        code: 'custom',
        path: ['consentReference'],
        message: 'validation.consentReference',
      });
    if (v.serviceConsent === 'oral' && v.consentWitness === '')
      ctx.addIssue({
        code: 'custom',
        path: ['consentWitness'],
        message: 'validation.consentWitness',
      });
    if (v.consentExpires && v.consentExpires < v.consentOn)
      ctx.addIssue({ code: 'custom', path: ['consentExpires'], message: 'validation.dateOrder' });
    if (v.nextFollowUp && v.nextFollowUp < v.requestedOn)
      ctx.addIssue({ code: 'custom', path: ['nextFollowUp'], message: 'validation.dateOrder' });
  })
  .transform((v): InputOf<'cases.create'> => ({
    clientId: v.clientId,
    requestedOn: v.requestedOn,
    channel: v.channel,
    source: v.source,
    voluntary: v.voluntary === 'yes',
    serviceItem: v.serviceItem,
    facets: v.facets,
    topics: v.topics,
    issues: v.issues,
    riskLevel: v.riskLevel,
    presentingSummary: serviceConsentGiven(v.serviceConsent) ? (v.presentingSummary ?? '') : '',
    deskOwnerId: v.deskOwnerId,
    counsellorId: v.counsellorId,
    providerId: v.providerId,
    nextFollowUp: v.nextFollowUp,
    consents: consentsOf(v, v.source),
  }));
export type IntakeValues = z.input<typeof intakeForm>;
export type IntakeInput = z.output<typeof intakeForm>;

export function emptyIntake(today: string, me: string): IntakeValues {
  return {
    clientId: null,
    requestedOn: today,
    channel: null,
    source: null,
    voluntary: 'yes',
    serviceItem: null,
    facets: [],
    topics: [],
    issues: [],
    riskLevel: 'general',
    presentingSummary: '',
    deskOwnerId: me,
    counsellorId: null,
    providerId: null,
    nextFollowUp: '',
    informed: false,
    serviceConsent: 'none',
    consentReference: '',
    consentWitness: '',
    consentScope: '',
    consentOn: today,
    consentExpires: '',
    managerAttendance: false,
  };
}

const CONSENT_FIELD: Readonly<Record<string, Path<IntakeValues>>> = {
  reference: 'consentReference',
  witness: 'consentWitness',
  scope: 'consentScope',
  givenOn: 'consentOn',
  expiresOn: 'consentExpires',
};

/**
 * Where core's per-field issues go: intake fields by name, list items (facets.0) to their
 * list, consent entries (consents.1.reference) to the consent section's fields.
 */
export function intakeFieldFor<T extends FieldValues>(
  fields: readonly string[],
): (path: readonly (string | number)[]) => Path<T> | null {
  return (path) => {
    const [head, , leaf] = path;
    if (head === 'consents') return (CONSENT_FIELD[String(leaf)] as Path<T> | undefined) ?? null;
    const name = String(head);
    return fields.includes(name) ? (name as Path<T>) : null;
  };
}

export const INTAKE_FIELD_NAMES = [
  'clientId',
  ...Object.keys(intakeFieldSchemas),
  ...Object.keys(consentFields),
] as const;

/** The case page's "edit intake": the same fields, no client and no consent → cases.update. */
export const intakeEditForm = z
  // Same fields as intake, so one form type serves both; client and consent are not sent.
  .object({ clientId: pickedOptional, ...intakeFieldSchemas, ...consentFields })
  .superRefine((v, ctx) => {
    if (v.nextFollowUp && v.nextFollowUp < v.requestedOn)
      ctx.addIssue({ code: 'custom', path: ['nextFollowUp'], message: 'validation.dateOrder' });
  })
  .transform((v): Omit<InputOf<'cases.update'>, 'id'> => ({
    requestedOn: v.requestedOn,
    channel: v.channel,
    source: v.source,
    voluntary: v.voluntary === 'yes',
    serviceItem: v.serviceItem,
    facets: v.facets,
    topics: v.topics,
    issues: v.issues,
    riskLevel: v.riskLevel,
    // Left out while the summary is locked (no service consent): core keeps what it has.
    ...(v.presentingSummary !== undefined ? { presentingSummary: v.presentingSummary } : {}),
    deskOwnerId: v.deskOwnerId,
    counsellorId: v.counsellorId,
    providerId: v.providerId,
    nextFollowUp: v.nextFollowUp,
  }));
export type IntakeEditInput = z.output<typeof intakeEditForm>;
