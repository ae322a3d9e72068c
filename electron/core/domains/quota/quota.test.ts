import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findCityPreset } from '../../../../shared/domain/city-presets';
import { countedMinutes } from '../../../../shared/domain/sessions';
import { createSessionKit, TAIPEI_9AM_2025_03_05, type SessionKit } from '../sessions/session-kit';

let t: SessionKit;
beforeAll(async () => {
  t = await createSessionKit();
});
afterAll(() => t.kit.dispose());
afterEach(() => t.kit.clock.set(TAIPEI_9AM_2025_03_05));

const setRules = async (year: number, rules: unknown[]) => {
  await t.loginAs('admin');
  await t.kit.ok('quota.setRules', { year, rules });
  await t.loginAs('desk');
};

describe('counting unit and rounding', () => {
  it('rounds each contact on its own: up (50 min → 1 h) or to the nearest unit', () => {
    expect([10, 30, 31, 50, 60, 61].map((m) => countedMinutes(m, 30, 'up'))).toEqual([
      30, 30, 60, 60, 60, 90,
    ]);
    expect([10, 40, 44, 45, 50, 75].map((m) => countedMinutes(m, 30, 'nearest'))).toEqual([
      0, 30, 30, 60, 60, 90,
    ]);
  });

  it('uses the city preset (Keelung: 3 h + up to 3 h, 0.5 h, round up) until a year has its own rules', async () => {
    const rules = await t.kit.ok<{
      source: string;
      rules: unknown[];
      settings: { timeZone: string };
    }>('quota.rules', { year: 2025 });
    expect(rules).toMatchObject({
      source: 'preset',
      rules: [{ categories: [], baseHours: 3, extensionHours: 3, unitHours: 0.5, rounding: 'up' }],
      settings: { timeZone: 'Asia/Taipei' },
    });
  });

  it('applies a year rule with nearest rounding to booked hours', async () => {
    await setRules(2028, [
      { categories: [], baseHours: 3, extensionHours: 0, unitHours: 0.5, rounding: 'nearest' },
    ]);
    const c = await t.newCase();
    expect((await t.book(c.caseId, '2028-02-01', '10:00', '10:40')).ok).toBe(true); // 40 min → 0.5 h
    expect((await t.book(c.caseId, '2028-02-02', '10:00', '10:50')).ok).toBe(true); // 50 min → 1.0 h
    expect(await t.quota(c.clientId, 2028)).toMatchObject({
      bookedHours: 1.5,
      remainingHours: 1.5,
      rule: { rounding: 'nearest' },
    });
  });
});

describe('per category and per plan year', () => {
  it('Tainan rules: a teacher has 6 h, a civil servant 4 h', async () => {
    const tainan = findCityPreset('tainan')!;
    await setRules(
      2027,
      tainan.quota.map((q) => ({
        categories: [...q.categories],
        baseHours: q.baseHours,
        extensionHours: q.extensionHours,
        unitHours: tainan.countingUnitHours,
        rounding: 'up',
      })),
    );
    const teacher = await t.newCase({ category: 'teacher' });
    const clerk = await t.newCase({ category: 'civilServant' });
    expect(await t.quota(teacher.clientId, 2027)).toMatchObject({
      entitlementHours: 6,
      remainingHours: 6,
    });
    expect(await t.quota(clerk.clientId, 2027)).toMatchObject({
      entitlementHours: 4,
      remainingHours: 4,
    });
    // 2026 has no rules of its own and comes before 2027: still the preset.
    expect((await t.kit.ok<{ source: string }>('quota.rules', { year: 2026 })).source).toBe(
      'preset',
    );
    expect((await t.kit.ok<{ source: string }>('quota.rules', { year: 2029 })).source).toBe(
      'earlierYear',
    );
    await t.loginAs('admin');
    const twice = await t.kit.call('quota.setRules', {
      year: 2027,
      rules: [
        {
          categories: ['teacher'],
          baseHours: 6,
          extensionHours: 0,
          unitHours: 0.5,
          rounding: 'up',
        },
        {
          categories: ['teacher'],
          baseHours: 4,
          extensionHours: 0,
          unitHours: 0.5,
          rounding: 'up',
        },
      ],
    });
    expect(!twice.ok && twice.error.issues?.[0]?.key).toBe('validation.categoryTwice');
    await t.loginAs('desk');
  });

  it('counts each contact in the plan year of its own date, across the boundary', async () => {
    const c = await t.newCase();
    expect((await t.book(c.caseId, '2025-12-31', '22:00', '23:50')).ok).toBe(true); // 2 h in 2025
    expect((await t.book(c.caseId, '2026-01-01', '09:00', '09:50')).ok).toBe(true); // 1 h in 2026
    expect(await t.quota(c.clientId, 2025)).toMatchObject({ bookedHours: 2, remainingHours: 1 });
    expect(await t.quota(c.clientId, 2026)).toMatchObject({ bookedHours: 1, remainingHours: 2 });
    // A full 2025 does not stop a 2026 booking.
    expect((await t.book(c.caseId, '2025-12-30', '09:00', '10:30')).ok).toBe(false);
    expect((await t.book(c.caseId, '2026-01-02', '09:00', '10:00')).ok).toBe(true);
  });
});

describe('extensions', () => {
  it('requested → approved → more hours, capped by the rule, decided by counsellors only', async () => {
    const c = await t.newCase();
    const { id } = await t.kit.ok<{ id: string }>('quota.requestExtension', {
      clientId: c.clientId,
      year: 2025,
      hours: 2,
      reason: '評估後需延長',
    });
    expect(await t.quota(c.clientId, 2025)).toMatchObject({
      extensionPendingHours: 2,
      remainingHours: 3,
    });
    const deskTry = await t.kit.call('quota.decideExtension', { id, approve: true, reason: 'x' });
    expect(!deskTry.ok && deskTry.error.code).toBe('FORBIDDEN');
    await t.loginAs('counsellor');
    const pending = await t.kit.ok<{ extensions: { id: string; hours: number }[] }>(
      'quota.pendingExtensions',
    );
    expect(pending.extensions.find((e) => e.id === id)).toMatchObject({ hours: 2 });
    expect(
      await t.kit.ok('quota.decideExtension', { id, approve: true, reason: '專業評估' }),
    ).toEqual({ status: 'approved', approvedHours: 2 });
    const again = await t.kit.call('quota.decideExtension', { id, approve: true, reason: 'x' });
    expect(!again.ok && again.error.key).toBe('errors.extensionDecided');
    const second = await t.kit.ok<{ id: string }>('quota.requestExtension', {
      clientId: c.clientId,
      year: 2025,
      hours: 2,
      reason: '再延長',
    });
    expect(
      await t.kit.ok('quota.decideExtension', { id: second.id, approve: true, reason: '上限' }),
    ).toEqual({ status: 'approved', approvedHours: 1 });
    const third = await t.kit.ok<{ id: string }>('quota.requestExtension', {
      clientId: c.clientId,
      year: 2025,
      hours: 1,
      reason: '再延長',
    });
    const capped = await t.kit.call('quota.decideExtension', {
      id: third.id,
      approve: true,
      reason: 'x',
    });
    expect(!capped.ok && capped.error.key).toBe('errors.extensionCapReached');
    expect(
      await t.kit.ok('quota.decideExtension', { id: third.id, approve: false, reason: '已達上限' }),
    ).toEqual({ status: 'declined', approvedHours: null });
    await t.loginAs('desk');
    expect(await t.quota(c.clientId, 2025)).toMatchObject({
      entitlementHours: 3,
      extensionApprovedHours: 3,
      extensionPendingHours: 0,
      remainingHours: 6,
    });
  });
});

describe('late cancellations and no-shows', () => {
  it('count the booked duration while the settings say so, and not once switched off', async () => {
    const c = await t.newCase();
    const late = await t.book(c.caseId, '2025-03-06', '10:00', '11:00');
    const miss = await t.book(c.caseId, '2025-03-06', '14:00', '14:30');
    if (!late.ok || !miss.ok) throw new Error('booking failed');
    t.kit.clock.set(Date.parse('2025-03-06T07:00:00Z')); // 15:00 on the day
    await t.kit.ok('appointments.cancel', { id: late.value.id });
    await t.kit.ok('appointments.setStatus', { id: miss.value.id, to: 'noShow' });
    expect(await t.quota(c.clientId, 2025)).toMatchObject({
      usedHours: 1.5,
      byKind: { lateCancellationHours: 1, noShowHours: 0.5 },
    });
    await t.loginAs('admin');
    await t.kit.ok('quota.updateSettings', { lateCancellationCounts: false });
    await t.loginAs('desk');
    expect(await t.quota(c.clientId, 2025)).toMatchObject({
      usedHours: 0.5,
      byKind: { lateCancellationHours: 0, noShowHours: 0.5 },
    });
    await t.loginAs('admin');
    await t.kit.ok('quota.updateSettings', { noShowCounts: false });
    const badZone = await t.kit.call('quota.updateSettings', { timeZone: 'Mars/Olympus' });
    expect(!badZone.ok && badZone.error.issues?.[0]?.key).toBe('validation.timeZone');
    await t.loginAs('desk');
    expect(await t.quota(c.clientId, 2025)).toMatchObject({ usedHours: 0, remainingHours: 3 });
    await t.loginAs('admin');
    await t.kit.ok('quota.updateSettings', { lateCancellationCounts: true, noShowCounts: true });
    await t.loginAs('desk');
  });
});

describe('provider appointments and provider reports', () => {
  it("a provider's booked appointment on a day that provider reported counts once, as the report", async () => {
    const c = await t.newCase();
    const book = (date: string) =>
      t.kit.ok<{ remainingHours: number }>('appointments.book', {
        caseId: c.caseId,
        providerId: t.providerId,
        date,
        start: '10:00',
        minutes: 60,
        mode: 'inPerson',
      });
    expect((await book('2025-04-08')).remainingHours).toBe(2);
    expect((await book('2025-04-15')).remainingHours).toBe(1);
    expect(await t.quota(c.clientId, 2025)).toMatchObject({
      bookedHours: 2,
      usedHours: 0,
      remainingHours: 1,
    });
    // The provider's report of 8 April arrives before anyone marks that appointment completed.
    t.kit.clock.set(Date.parse('2025-04-10T01:00:00Z'));
    await t.kit.ok('providerReports.record', {
      providerId: t.providerId,
      caseId: c.caseId,
      date: '2025-04-08',
      hours: 1,
    });
    // Counted once, as the report; the appointment of the 15th (no report for it) still holds its hour.
    expect(await t.quota(c.clientId, 2025)).toMatchObject({
      bookedHours: 1,
      usedHours: 1,
      remainingHours: 1,
      byKind: { providerHours: 1 },
    });
  });
});
