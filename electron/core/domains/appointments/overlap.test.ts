import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionKit, type SessionKit } from '../sessions/session-kit';

/**
 * The double-booking checks look only at appointments that start less than two days before the
 * new one ends (appointments.repo.ts): the answers must be those of the unbounded check, for a
 * long appointment, across midnight, and for a provider's counsellor.
 */
let t: SessionKit;
beforeAll(async () => {
  t = await createSessionKit();
});
afterAll(() => t.kit.dispose());

const paid = { selfPaidConfirmed: true };
// 'errors.doubleBooking' for a busy counsellor, 'errors.doubleBookingClient' for a busy person.
const refused: Record<string, unknown> = {
  code: 'CONFLICT',
  key: expect.stringMatching(/^errors\.doubleBooking/) as unknown,
};

describe('double-booking checks', () => {
  it('see a long appointment from its first minute to its last', async () => {
    const a = await t.newCase();
    const b = await t.newCase();
    expect((await t.book(a.caseId, '2025-03-20', '08:00', '16:00', paid)).ok).toBe(true);
    for (const [start, end] of [
      ['08:00', '08:30'],
      ['15:30', '16:30'],
      ['07:00', '17:00'],
    ] as const) {
      const res = await t.book(b.caseId, '2025-03-20', start, end, paid);
      expect(!res.ok && res.error, `${start}-${end}`).toMatchObject(refused);
    }
    expect((await t.book(b.caseId, '2025-03-20', '16:00', '16:50', paid)).ok).toBe(true);
    expect((await t.book(b.caseId, '2025-03-20', '07:00', '08:00', paid)).ok).toBe(true);
  });

  it('tell the last appointment of a day from the first of the next', async () => {
    const a = await t.newCase();
    const b = await t.newCase();
    expect((await t.book(a.caseId, '2025-03-22', '23:00', '23:50', paid)).ok).toBe(true);
    const res = await t.book(b.caseId, '2025-03-22', '23:30', '23:55', paid);
    expect(!res.ok && res.error).toMatchObject(refused);
    expect((await t.book(b.caseId, '2025-03-23', '00:00', '00:50', paid)).ok).toBe(true);
    // The same person, the next morning: not a clash either.
    expect((await t.book(a.caseId, '2025-03-23', '01:00', '01:50', paid)).ok).toBe(true);
  });

  it("refuse a provider counsellor's second appointment at the same time, not the provider's", async () => {
    await t.loginAs('admin');
    const { id: pc } = await t.kit.ok<{ id: string }>('providers.addCounsellor', {
      providerId: t.providerId,
      name: '測試心理師乙',
    });
    await t.loginAs('desk');
    const [a, b, c] = [await t.newCase(), await t.newCase(), await t.newCase()];
    const withProvider = (caseId: string, start: string, extra: Record<string, unknown>) =>
      t.kit.call('appointments.book', {
        caseId,
        providerId: t.providerId,
        date: '2025-03-24',
        start,
        minutes: 50,
        mode: 'video',
        ...extra,
      });
    expect((await withProvider(a.caseId, '10:00', { providerCounsellorId: pc })).ok).toBe(true);
    const clash = await withProvider(b.caseId, '10:30', { providerCounsellorId: pc });
    expect(!clash.ok && clash.error).toMatchObject(refused);
    expect((await withProvider(c.caseId, '10:30', {})).ok).toBe(true);
    expect((await withProvider(b.caseId, '10:50', { providerCounsellorId: pc })).ok).toBe(true);
  });
});
