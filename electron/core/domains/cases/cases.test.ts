import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntakeKit, type IntakeKit } from './intake-kit';

let t: IntakeKit;
beforeAll(async () => {
  t = await createIntakeKit();
});
afterAll(() => t.kit.dispose());

type Created = { id: string; caseNumber: string };
type Detail = {
  case: Record<string, unknown> & {
    status: string;
    riskHistory: { level: string }[];
    statusHistory: {
      from: string | null;
      to: string;
      reason: string | null;
      summary: string | null;
    }[];
  };
};

describe('case intake', () => {
  it('numbers cases per ROC year, continuing within a year and starting again in the next', async () => {
    const clientId = await t.newClient();
    const first = await t.kit.ok<Created>(
      'cases.create',
      t.intake(clientId, { requestedOn: '2025-01-02' }),
    );
    const second = await t.kit.ok<Created>(
      'cases.create',
      t.intake(clientId, { requestedOn: '2025-03-01' }),
    );
    expect([first.caseNumber, second.caseNumber]).toEqual(['114-000001', '114-000002']);
    t.kit.clock.set(Date.UTC(2026, 0, 10, 1, 0, 0));
    try {
      const next = await t.kit.ok<Created>(
        'cases.create',
        t.intake(clientId, { requestedOn: '2026-01-05' }),
      );
      expect(next.caseNumber).toBe('115-000001');
      const late = await t.kit.ok<Created>(
        'cases.create',
        t.intake(clientId, { requestedOn: '2025-12-30' }),
      );
      expect(late.caseNumber).toBe('114-000003');
    } finally {
      t.kit.clock.set(Date.UTC(2025, 2, 5, 1, 0, 0));
    }
  });

  it('snapshots the client agency and category, writes the first risk and status rows and audits the open', async () => {
    const clientId = await t.newClient({ agencyId: t.agencyId, category: 'teacher' });
    const { id } = await t.kit.ok<Created>(
      'cases.create',
      t.intake(clientId, {
        riskLevel: 'concern',
        facets: ['work', 'health', 'work'],
        topics: ['stress', 'workAdaptation'],
        issues: ['workStress'],
        serviceItem: 'counselling',
        counsellorId: t.counsellor.id,
        providerId: t.providerId,
        nextFollowUp: '2025-03-20',
      }),
    );
    // The person moves agency afterwards: the case keeps where the service happened.
    await t.kit.ok('clients.update', {
      id: clientId,
      agencyId: t.otherAgencyId,
      category: 'civilServant',
    });
    const { case: c } = await t.kit.ok<Detail>('cases.get', { id });
    expect(c).toMatchObject({
      status: 'intake',
      agency: { id: t.agencyId, name: '測試局' },
      category: 'teacher',
      client: { id: clientId, agencyName: '測試處', category: 'civilServant' },
      facets: ['health', 'work'],
      topics: ['stress', 'workAdaptation'],
      issues: ['workStress'],
      riskLevel: 'concern',
      firstRiskLevel: 'concern',
      counsellor: { id: t.counsellor.id },
      provider: { id: t.providerId },
      deskOwner: { id: t.desk.id },
      consentState: { informed: false, service: 'none', managerAttendance: false },
    });
    expect(c.riskHistory).toHaveLength(1);
    expect(c.statusHistory).toEqual([expect.objectContaining({ from: null, to: 'intake' })]);
    expect(JSON.stringify(c)).not.toMatch(/clinical|note/i);
    await t.loginAs('admin');
    const audit = await t.kit.ok<{
      entries: { objectId: string | null; details: Record<string, unknown> }[];
    }>('audit.list', { action: 'case.opened' });
    expect(
      audit.entries.some((e) => e.objectId === id && Object.keys(e.details).length === 0),
    ).toBe(true);
    // The administrator may read the case but not change it.
    expect(await t.kit.call('cases.get', { id })).toMatchObject({ ok: true });
    expect(await t.kit.call('cases.update', { id, riskLevel: 'high' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await t.loginAs('desk');
  });

  it('adds a risk row when the level changes and refuses a counsellor who is not a counsellor', async () => {
    const { id } = await t.kit.ok<Created>('cases.create', t.intake(await t.newClient()));
    await t.kit.ok('cases.update', { id, riskLevel: 'high', nextFollowUp: '2025-03-10' });
    await t.kit.ok('cases.update', { id, riskLevel: 'high' });
    const { case: c } = await t.kit.ok<Detail>('cases.get', { id });
    expect(c.riskHistory.map((r) => r.level)).toEqual(['general', 'high']);
    expect(c).toMatchObject({
      riskLevel: 'high',
      firstRiskLevel: 'general',
      nextFollowUp: '2025-03-10',
    });
    expect(await t.kit.call('cases.update', { id, counsellorId: t.desk.id })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [{ path: ['counsellorId'], key: 'validation.accountNotEligible' }],
      },
    });
  });
});

describe('case status', () => {
  const move = (id: string, to: string, extra: Record<string, unknown> = {}) =>
    t.kit.call('cases.setStatus', { id, to, on: '2025-03-05', ...extra });

  it('allows intake→active→closed→active and keeps every closing in the history', async () => {
    const { id } = await t.kit.ok<Created>('cases.create', t.intake(await t.newClient()));
    expect(await move(id, 'active')).toMatchObject({ ok: true });
    expect(await move(id, 'closed')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['reason'], key: 'validation.required' }] },
    });
    expect(
      await move(id, 'closed', {
        reason: 'goalsMet',
        summary: '服務目標達成，當事人表示可自行因應。',
      }),
    ).toMatchObject({ ok: true });
    expect((await t.kit.ok<Detail>('cases.get', { id })).case).toMatchObject({
      status: 'closed',
      closedOn: '2025-03-05',
      closingReason: 'goalsMet',
    });
    expect(await t.kit.call('cases.update', { id, riskLevel: 'high' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'errors.caseClosed' },
    });
    expect(await move(id, 'active', { reason: 'goalsMet' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['reason'], key: 'validation.notApplicable' }] },
    });
    expect(await move(id, 'active')).toMatchObject({ ok: true });
    const { case: c } = await t.kit.ok<Detail>('cases.get', { id });
    expect(c).toMatchObject({
      status: 'active',
      closedOn: null,
      closingReason: null,
      closingSummary: null,
    });
    expect(c.statusHistory.map((s) => [s.from, s.to, s.reason])).toEqual([
      [null, 'intake', null],
      ['intake', 'active', null],
      ['active', 'closed', 'goalsMet'],
      ['closed', 'active', null],
    ]);
    expect(c.statusHistory[2]!.summary).toBe('服務目標達成，當事人表示可自行因應。');
  });

  it('allows intake→closed and refuses illegal moves with CONFLICT', async () => {
    const { id } = await t.kit.ok<Created>('cases.create', t.intake(await t.newClient()));
    expect(await move(id, 'intake')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'errors.illegalTransition' },
    });
    expect(await move(id, 'closed', { reason: 'lostContact' })).toMatchObject({ ok: true });
    expect(await move(id, 'closed', { reason: 'lostContact' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'errors.illegalTransition' },
    });
    expect(await move(id, 'intake')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'errors.illegalTransition' },
    });
    const { id: other } = await t.kit.ok<Created>('cases.create', t.intake(await t.newClient()));
    await move(other, 'active');
    expect(await move(other, 'intake')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'errors.illegalTransition' },
    });
    expect(await move(other, 'active')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'errors.illegalTransition' },
    });
  });

  it('refuses a status date before the last change or in the future, and an inactive closing reason', async () => {
    const { id } = await t.kit.ok<Created>('cases.create', t.intake(await t.newClient()));
    expect(await move(id, 'active', { on: '2025-03-01' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['on'], key: 'validation.dateOrder' }] },
    });
    expect(await move(id, 'active', { on: '2025-03-06' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['on'], key: 'validation.dateInFuture' }] },
    });
    expect(await move(id, 'closed', { reason: 'noSuchReason' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['reason'], key: 'validation.unknownCode' }] },
    });
  });
});

describe('case-page opens in the audit', () => {
  it('a refresh of the page on screen is not a new open; coming back, another case, 30 minutes or a new sign-in is', async () => {
    const a = (await t.kit.ok<Created>('cases.create', t.intake(await t.newClient()))).id;
    const b = (await t.kit.ok<Created>('cases.create', t.intake(await t.newClient()))).id;
    const opened = async (id: string) => {
      await t.loginAs('admin');
      const { entries } = await t.kit.ok<{ entries: { objectId: string | null }[] }>('audit.list', {
        action: 'case.opened',
      });
      await t.loginAs('desk');
      return entries.filter((e) => e.objectId === id).length;
    };
    const [a0, b0] = [await opened(a), await opened(b)];
    await t.kit.ok('cases.get', { id: a }); // opened: audited
    await t.kit.ok('cases.get', { id: a, refresh: true }); // the page refetches after a change
    await t.kit.ok('cases.get', { id: a, refresh: true });
    await t.kit.ok('cases.get', { id: a }); // left and came back: a new open
    await t.kit.ok('cases.get', { id: b, refresh: true }); // "refresh" of a case not on screen: an open
    await t.kit.ok('cases.get', { id: a, refresh: true }); // ... and so is going back to a
    t.kit.clock.advance(31 * 60 * 1000);
    await t.kit.ok('cases.get', { id: a, refresh: true }); // on screen for over 30 minutes
    expect(await opened(a)).toBe(a0 + 4);
    expect(await opened(b)).toBe(b0 + 1);
    // opened() signed in again as the desk: nothing carries over from the last sign-in.
    await t.kit.ok('cases.get', { id: a, refresh: true });
    expect(await opened(a)).toBe(a0 + 5);
  });
});
