import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogs } from '../../../../shared/i18n';
import { createIntakeKit, type IntakeKit } from './intake-kit';

/**
 * Every intake field, one bad value each: the call is refused with a field-level issue naming
 * the field and a message key both languages translate, and nothing is written.
 */
let t: IntakeKit;
let clientId: string;
beforeAll(async () => {
  t = await createIntakeKit();
  clientId = await t.newClient();
});
afterAll(() => t.kit.dispose());

type Row = [label: string, patch: Record<string, unknown>, path: (string | number)[], key: string];
const ID_LIKE = 'A123456789';
const written = {
  kind: 'service',
  status: 'given',
  form: 'written',
  reference: 'F-001',
  givenOn: '2025-03-04',
};

const caseRows = (): Row[] => [
  ['clientId malformed', { clientId: 'abc' }, ['clientId'], 'validation.invalid'],
  ['clientId unknown', { clientId: randomUUID() }, ['clientId'], 'validation.unknownClient'],
  [
    'requestedOn not a day',
    { requestedOn: '2025-02-29' },
    ['requestedOn'],
    'validation.date.calendar',
  ],
  ['requestedOn wrong form', { requestedOn: '2025/03/01' }, ['requestedOn'], 'validation.date'],
  [
    'requestedOn in the future',
    { requestedOn: '2025-03-09' },
    ['requestedOn'],
    'validation.dateInFuture',
  ],
  ['channel unknown', { channel: 'carrierPigeon' }, ['channel'], 'validation.unknownCode'],
  ['channel malformed', { channel: '電話' }, ['channel'], 'validation.refCode'],
  ['source unknown', { source: 'rumour' }, ['source'], 'validation.unknownCode'],
  ['voluntary missing', { voluntary: undefined }, ['voluntary'], 'validation.required'],
  ['serviceItem unknown', { serviceItem: 'astrology' }, ['serviceItem'], 'validation.unknownCode'],
  ['facets empty', { facets: [] }, ['facets'], 'validation.facetRequired'],
  ['facets unknown', { facets: ['work', 'spirit'] }, ['facets', 1], 'validation.unknownCode'],
  ['topic unknown', { topics: ['weather'] }, ['topics', 0], 'validation.unknownCode'],
  ['topic given as a facet', { topics: ['work'] }, ['topics', 0], 'validation.unknownCode'],
  ['issue unknown', { issues: ['boredom'] }, ['issues', 0], 'validation.unknownCode'],
  ['riskLevel unknown', { riskLevel: 'severe' }, ['riskLevel'], 'validation.invalidValue'],
  [
    'presentingSummary too long',
    { presentingSummary: '壓'.repeat(1001), consents: [written] },
    ['presentingSummary'],
    'validation.tooLong',
  ],
  [
    'presentingSummary with an ID',
    { presentingSummary: `身分證 ${ID_LIKE}`, consents: [written] },
    ['presentingSummary'],
    'validation.nationalId',
  ],
  [
    'deskOwnerId unknown',
    { deskOwnerId: randomUUID() },
    ['deskOwnerId'],
    'validation.accountNotEligible',
  ],
  [
    'counsellorId not a counsellor',
    { counsellorId: 'DESK' },
    ['counsellorId'],
    'validation.accountNotEligible',
  ],
  [
    'providerId unknown',
    { providerId: randomUUID() },
    ['providerId'],
    'validation.unknownProvider',
  ],
  [
    'nextFollowUp before the request',
    { nextFollowUp: '2025-03-01' },
    ['nextFollowUp'],
    'validation.dateOrder',
  ],
  [
    'consent kind unknown',
    { consents: [{ ...written, kind: 'everything' }] },
    ['consents', 0, 'kind'],
    'validation.invalidValue',
  ],
  [
    'written service consent without reference',
    { consents: [{ ...written, reference: '' }] },
    ['consents', 0, 'reference'],
    'validation.consentReference',
  ],
  [
    'oral service consent without witness',
    { consents: [{ ...written, form: 'oral', reference: null }] },
    ['consents', 0, 'witness'],
    'validation.consentWitness',
  ],
  [
    'consent expiring before given',
    { consents: [{ ...written, expiresOn: '2025-03-01' }] },
    ['consents', 0, 'expiresOn'],
    'validation.dateOrder',
  ],
  [
    'consent given in the future',
    { consents: [{ ...written, givenOn: '2025-04-01' }] },
    ['consents', 0, 'givenOn'],
    'validation.dateInFuture',
  ],
  [
    'consent witness with an ID',
    { consents: [{ ...written, form: 'oral', witness: ID_LIKE }] },
    ['consents', 0, 'witness'],
    'validation.nationalId',
  ],
  ['unknown field', { caseNote: 'x' }, [], 'validation.unknownField'],
];

const clientRows: Row[] = [
  ['name empty', { name: ' ' }, ['name'], 'validation.required'],
  ['name holding an ID', { name: `測試${ID_LIKE}` }, ['name'], 'validation.nationalId'],
  [
    'name holding a full-width ID',
    { name: 'Ａ１２３４５６７８９' },
    ['name'],
    'validation.nationalId',
  ],
  ['agency unknown', { agencyId: randomUUID() }, ['agencyId'], 'validation.unknownAgency'],
  ['category unknown', { category: 'astronaut' }, ['category'], 'validation.unknownCode'],
  ['gender unknown', { gender: 'Q' }, ['gender'], 'validation.invalidValue'],
  ['birth year too early', { birthYear: 1899 }, ['birthYear'], 'validation.birthYear'],
  ['birth year after this year', { birthYear: 2026 }, ['birthYear'], 'validation.birthYear'],
  ['phone without digits', { phone: 'none' }, ['phone'], 'validation.phone'],
  ['phone holding an ID', { phone: 'B223456789' }, ['phone'], 'validation.nationalId'],
  ['email malformed', { email: 'someone@' }, ['email'], 'validation.email'],
  [
    'special group unknown',
    { specialGroups: ['newStaff', 'vip'] },
    ['specialGroups', 1],
    'validation.unknownCode',
  ],
];

const contactRows: Row[] = [
  [
    'occurredOn in the future',
    { occurredOn: '2025-03-06' },
    ['occurredOn'],
    'validation.dateInFuture',
  ],
  ['channel unknown', { channel: 'fax' }, ['channel'], 'validation.unknownCode'],
  ['facet unknown', { facet: 'spirit' }, ['facet'], 'validation.unknownCode'],
  ['serviceItem missing', { serviceItem: undefined }, ['serviceItem'], 'validation.required'],
  ['minutes negative', { minutes: -5 }, ['minutes'], 'validation.tooSmall'],
  ['note too long', { note: '記'.repeat(501) }, ['note'], 'validation.tooLong'],
  ['note holding an ID', { note: `回電 ${ID_LIKE}` }, ['note'], 'validation.nationalId'],
  ['client unknown', { clientId: randomUUID() }, ['clientId'], 'validation.unknownClient'],
];

const expectRefused = async (
  channel: string,
  input: Record<string, unknown>,
  path: (string | number)[],
  key: string,
) => {
  // As over IPC: JSON, so a key set to undefined is simply absent.
  const res = await t.kit.call(channel, JSON.parse(JSON.stringify(input)));
  expect(res.ok).toBe(false);
  if (res.ok) return;
  expect(res.error.code).toBe('VALIDATION');
  expect(res.error.issues).toContainEqual(expect.objectContaining({ path, key }));
};

describe('field-level validation', () => {
  it.each(caseRows())('cases.create: %s', async (_label, patch, path, key) => {
    const resolved = Object.fromEntries(
      Object.entries(patch).map(([k, v]) => [k, v === 'DESK' ? t.desk.id : v]),
    );
    await expectRefused('cases.create', t.intake(clientId, resolved), path, key);
  });

  it.each(clientRows)('clients.create: %s', async (_label, patch, path, key) => {
    await expectRefused('clients.create', { name: '測試甲乙', ...patch }, path, key);
  });

  it.each(contactRows)('contacts.create: %s', async (_label, patch, path, key) => {
    await expectRefused(
      'contacts.create',
      { occurredOn: '2025-03-05', channel: 'phone', serviceItem: 'counselling', ...patch },
      path,
      key,
    );
  });

  it('wrote nothing for any refused call', async () => {
    expect(
      (await t.kit.ok<{ client: { cases: unknown[] } }>('clients.get', { id: clientId })).client
        .cases,
    ).toEqual([]);
    expect((await t.kit.ok<{ contacts: unknown[] }>('contacts.list', {})).contacts).toEqual([]);
  });

  it('has every message key in both languages', () => {
    const keys = new Set([...caseRows(), ...clientRows, ...contactRows].map((r) => r[3]));
    for (const key of keys) {
      expect(catalogs['zh-TW'], key).toHaveProperty([key]);
      expect(catalogs.en, key).toHaveProperty([key]);
    }
  });
});
