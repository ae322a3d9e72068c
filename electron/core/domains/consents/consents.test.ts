import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntakeKit, type IntakeKit } from '../cases/intake-kit';
import { consentStateOn } from './consent-state';

let t: IntakeKit;
beforeAll(async () => {
  t = await createIntakeKit();
});
afterAll(() => t.kit.dispose());

type State = { informed: boolean; service: string; managerAttendance: boolean };
type Detail = {
  case: {
    consentState: State;
    consents: {
      id: string;
      kind: string;
      withdrawnOn: string | null;
      recordedBy: { id: string };
    }[];
    presentingSummary: string;
  };
};
const service = (extra: Record<string, unknown> = {}) => ({
  kind: 'service',
  status: 'given',
  form: 'written',
  reference: '同意書-0001',
  givenOn: '2025-03-04',
  ...extra,
});
const stateOf = async (id: string, asOf?: string) =>
  (await t.kit.ok<Detail>('cases.get', asOf ? { id, asOf } : { id })).case.consentState;
const newCase = async (extra: Record<string, unknown> = {}) =>
  (await t.kit.ok<{ id: string }>('cases.create', t.intake(await t.newClient(), extra))).id;

describe('consent ledger', () => {
  it('given → withdrawn: the state follows the dates, and a withdrawn consent cannot be withdrawn again', async () => {
    const id = await newCase({
      consents: [
        service(),
        {
          kind: 'informed',
          status: 'given',
          form: 'oral',
          witness: '測試見證人',
          givenOn: '2025-03-04',
        },
      ],
    });
    expect(await stateOf(id)).toEqual({
      informed: true,
      service: 'given',
      managerAttendance: false,
    });
    const { case: c } = await t.kit.ok<Detail>('cases.get', { id });
    const serviceConsent = c.consents.find((x) => x.kind === 'service')!;
    expect(serviceConsent.recordedBy.id).toBe(t.desk.id);
    expect(
      await t.kit.call('consents.withdraw', { id: serviceConsent.id, withdrawnOn: '2025-03-01' }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['withdrawnOn'], key: 'validation.dateOrder' }] },
    });
    await t.kit.ok('consents.withdraw', { id: serviceConsent.id, withdrawnOn: '2025-03-05' });
    expect((await stateOf(id)).service).toBe('withdrawn');
    // The day before the withdrawal it was still given.
    expect((await stateOf(id, '2025-03-04')).service).toBe('given');
    expect(
      await t.kit.call('consents.withdraw', { id: serviceConsent.id, withdrawnOn: '2025-03-05' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'errors.consentNotWithdrawable' },
    });
    // Without service consent the case keeps logistics only.
    expect(
      await t.kit.call('cases.update', { id, presentingSummary: '工作壓力大，希望晤談。' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'errors.noServiceConsent' },
    });
    expect(
      await t.kit.call('cases.update', { id, riskLevel: 'concern', nextFollowUp: '2025-03-12' }),
    ).toMatchObject({ ok: true });
    // A new consent restores it.
    await t.kit.ok('consents.record', {
      caseId: id,
      ...service({ givenOn: '2025-03-05', reference: '同意書-0002' }),
    });
    expect((await stateOf(id)).service).toBe('given');
    expect(
      await t.kit.call('cases.update', { id, presentingSummary: '工作壓力大，希望晤談。' }),
    ).toMatchObject({ ok: true });
  });

  it('expired: a consent past its expiry date no longer counts', async () => {
    const id = await newCase({
      consents: [service({ givenOn: '2025-01-02', expiresOn: '2025-03-01' })],
      requestedOn: '2025-01-02',
    });
    expect((await stateOf(id, '2025-03-01')).service).toBe('given');
    expect((await stateOf(id)).service).toBe('expired');
    expect(
      await t.kit.call('cases.update', { id, presentingSummary: '想討論生涯規劃。' }),
    ).toMatchObject({ ok: false, error: { key: 'errors.noServiceConsent' } });
  });

  it('refused: the presenting summary can be neither set at intake nor added later, only cleared', async () => {
    const refused = {
      kind: 'service',
      status: 'refused',
      form: 'oral',
      witness: '測試見證人',
      givenOn: '2025-03-04',
    };
    expect(
      await t.kit.call(
        'cases.create',
        t.intake(await t.newClient(), { consents: [refused], presentingSummary: '人際衝突。' }),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'errors.noServiceConsent' },
    });
    const id = await newCase({ consents: [refused] });
    expect((await stateOf(id)).service).toBe('refused');
    expect(await t.kit.call('cases.update', { id, presentingSummary: '人際衝突。' })).toMatchObject(
      { ok: false, error: { key: 'errors.noServiceConsent' } },
    );
    expect(await t.kit.call('cases.update', { id, presentingSummary: '' })).toMatchObject({
      ok: true,
    });
    const refusedRow = (await t.kit.ok<Detail>('cases.get', { id })).case.consents[0]!;
    expect(
      await t.kit.call('consents.withdraw', { id: refusedRow.id, withdrawnOn: '2025-03-05' }),
    ).toMatchObject({ ok: false, error: { key: 'errors.consentNotWithdrawable' } });
  });

  it('none: a case opened without consent records logistics only', async () => {
    const id = await newCase();
    expect(await stateOf(id)).toEqual({
      informed: false,
      service: 'none',
      managerAttendance: false,
    });
    expect(await t.kit.call('cases.update', { id, presentingSummary: '財務問題。' })).toMatchObject(
      { ok: false, error: { key: 'errors.noServiceConsent' } },
    );
  });

  it('consents.record checks the paper trail and the case', async () => {
    const id = await newCase();
    expect(
      await t.kit.call('consents.record', { caseId: id, ...service({ reference: null }) }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['reference'], key: 'validation.consentReference' }] },
    });
    expect(
      await t.kit.call('consents.record', {
        caseId: id,
        kind: 'managerAttendance',
        status: 'given',
        form: 'oral',
        givenOn: '2025-03-05',
      }),
    ).toMatchObject({ ok: true });
    expect((await stateOf(id)).managerAttendance).toBe(true);
    expect(
      await t.kit.call('consents.record', {
        caseId: '00000000-0000-4000-8000-000000000000',
        ...service(),
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('consentStateOn', () => {
  const f = (
    kind: 'service' | 'informed',
    status: 'given' | 'refused',
    givenOn: string,
    more: { expiresOn?: string; withdrawnOn?: string } = {},
  ) => ({
    kind,
    status,
    givenOn,
    expiresOn: more.expiresOn ?? null,
    withdrawnOn: more.withdrawnOn ?? null,
  });
  it('lets the latest fact on or before the day decide', () => {
    const facts = [
      f('service', 'given', '2025-01-01'),
      f('service', 'refused', '2025-02-01'),
      f('service', 'given', '2025-03-01', { expiresOn: '2025-03-31' }),
    ];
    expect(consentStateOn(facts, '2024-12-31').service).toBe('none');
    expect(consentStateOn(facts, '2025-01-15').service).toBe('given');
    expect(consentStateOn(facts, '2025-02-15').service).toBe('refused');
    expect(consentStateOn(facts, '2025-03-31').service).toBe('given');
    expect(consentStateOn(facts, '2025-04-01').service).toBe('expired');
  });
});
