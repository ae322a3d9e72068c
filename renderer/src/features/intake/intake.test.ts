import { describe, expect, it } from 'vitest';
import {
  consentsOf,
  emptyIntake,
  INTAKE_FIELD_NAMES,
  intakeEditForm,
  intakeFieldFor,
  intakeForm,
  type IntakeValues,
} from './intake-form';
import { readDraft } from './useFormDraft';

const me = '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';
const client = '0b9f7c5e-8a4e-4f4a-9d39-2d1a7b7a9c11';
const filled = (over: Partial<IntakeValues> = {}): IntakeValues => ({
  ...emptyIntake('114/03/05', me),
  clientId: client,
  channel: 'inPerson',
  source: 'selfReferral',
  facets: ['work'],
  topics: ['workAdaptation'],
  ...over,
});
const issues = (v: IntakeValues) =>
  Object.fromEntries(
    (intakeForm.safeParse(v).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]),
  );

describe('intake → cases.create', () => {
  it('records informed and written service consent with the form number; summary allowed', () => {
    const r = intakeForm.safeParse(
      filled({
        informed: true,
        serviceConsent: 'written',
        consentReference: '114-001',
        presentingSummary: '工作壓力大',
        nextFollowUp: '114/03/12',
      }),
    );
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data).toMatchObject({
      clientId: client,
      requestedOn: '2025-03-05',
      voluntary: true,
      riskLevel: 'general',
      presentingSummary: '工作壓力大',
      deskOwnerId: me,
      nextFollowUp: '2025-03-12',
    });
    expect(r.data.consents).toEqual([
      {
        kind: 'informed',
        status: 'given',
        form: 'written',
        givenOn: '2025-03-05',
        reference: '114-001',
      },
      {
        kind: 'service',
        status: 'given',
        form: 'written',
        givenOn: '2025-03-05',
        reference: '114-001',
        witness: null,
        scope: null,
        expiresOn: null,
      },
    ]);
  });

  it('drops the summary without service consent, and records a refusal', () => {
    const r = intakeForm.safeParse(
      filled({ serviceConsent: 'refused', presentingSummary: '不應送出' }),
    );
    expect(r.success && r.data.presentingSummary).toBe('');
    expect(r.success && r.data.consents).toEqual([
      { kind: 'service', status: 'refused', form: 'none', givenOn: '2025-03-05' },
    ]);
  });

  it('offers the manager-attendance consent only for a supervisor referral', () => {
    const v = {
      informed: false,
      serviceConsent: 'oral' as const,
      consentReference: '',
      consentWitness: '測試乙',
      consentScope: '',
      consentOn: '2025-03-05',
      consentExpires: null,
      managerAttendance: true,
    };
    expect(consentsOf(v, 'supervisorReferral').map((c) => c.kind)).toEqual([
      'service',
      'managerAttendance',
    ]);
    expect(consentsOf(v, 'selfReferral').map((c) => c.kind)).toEqual(['service']);
  });

  it('says what is missing beside each field', () => {
    expect(
      issues(
        filled({
          clientId: null,
          facets: [],
          serviceConsent: 'oral',
          nextFollowUp: '114/03/01',
          requestedOn: '114/03/05',
        }),
      ),
    ).toEqual({
      clientId: 'validation.required',
      facets: 'validation.facetRequired',
      consentWitness: 'validation.consentWitness',
      nextFollowUp: 'validation.dateOrder',
    });
    expect(issues(filled({ serviceConsent: 'written' }))).toEqual({
      consentReference: 'validation.consentReference',
    });
  });

  it('edits send intake fields only, and leave a locked summary alone', () => {
    const r = intakeEditForm.safeParse({ ...filled(), presentingSummary: undefined });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data).not.toHaveProperty('presentingSummary');
    expect(r.data).not.toHaveProperty('consents');
    expect(r.data).not.toHaveProperty('clientId');
  });
});

describe('core issues reach the right field', () => {
  const fieldFor = intakeFieldFor<IntakeValues>(INTAKE_FIELD_NAMES);
  it('maps intake fields, list items and consent entries', () => {
    expect(fieldFor(['requestedOn'])).toBe('requestedOn');
    expect(fieldFor(['facets', 0])).toBe('facets');
    expect(fieldFor(['consents', 1, 'reference'])).toBe('consentReference');
    expect(fieldFor(['consents', 0, 'givenOn'])).toBe('consentOn');
    expect(fieldFor(['nothing'])).toBeNull();
  });
});

describe('drafts', () => {
  it('read back only their own version', () => {
    expect(readDraft<{ a: number }>(JSON.stringify({ v: 1, data: { a: 1 } }), 1)).toEqual({ a: 1 });
    expect(readDraft(JSON.stringify({ v: 0, data: { a: 1 } }), 1)).toBeNull();
    expect(readDraft('not json', 1)).toBeNull();
    expect(readDraft(null, 1)).toBeNull();
  });
});
