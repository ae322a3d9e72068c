import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSessionKit, TAIPEI_9AM_2025_03_05, type SessionKit } from '../sessions/session-kit';

// The office is in Taipei; the machine says UTC. The calendar-day rule must follow the office.
process.env.TZ = 'UTC';

let t: SessionKit;
beforeAll(async () => {
  t = await createSessionKit();
});
afterAll(() => t.kit.dispose());
afterEach(() => t.kit.clock.set(TAIPEI_9AM_2025_03_05));

const at = (iso: string) => Date.parse(iso);

describe('booking', () => {
  it('answers the hours left, and refuses double bookings of the counsellor and of the client', async () => {
    const a = await t.newCase();
    const first = await t.book(a.caseId, '2025-03-10', '10:00', '10:50');
    expect(first.ok && first.value).toMatchObject({ selfPaid: false, remainingHours: 2 });
    const b = await t.newCase();
    const clash = await t.book(b.caseId, '2025-03-10', '10:30', '11:30');
    expect(!clash.ok && clash.error).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.doubleBooking',
      // A name the message can show (the counsellor's display name), never a code.
      params: { who: `測試counsellor${t.counsellor.username.slice(-4)}` },
    });
    // Back to back is fine.
    expect((await t.book(b.caseId, '2025-03-10', '10:50', '11:40')).ok).toBe(true);
    // The same person with a provider at the same time: the client overlaps their own appointment.
    const own = await t.kit.call('appointments.book', {
      caseId: a.caseId,
      providerId: t.providerId,
      date: '2025-03-10',
      start: '10:15',
      minutes: 50,
      mode: 'phone',
    });
    expect(!own.ok && own.error).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.doubleBookingClient',
    });
    expect(!own.ok && own.error.params).toBeUndefined();
  });

  it('refuses a booking beyond the subsidy unless self-paid is confirmed', async () => {
    const c = await t.newCase();
    expect((await t.book(c.caseId, '2025-03-17', '09:00', '11:00')).ok).toBe(true);
    const over = await t.book(c.caseId, '2025-03-18', '09:00', '10:30');
    expect(!over.ok && over.error).toMatchObject({
      code: 'CONFLICT',
      key: 'errors.quotaExceeded',
      params: { remaining: 1 },
    });
    const paid = await t.book(c.caseId, '2025-03-18', '09:00', '10:30', {
      selfPaidConfirmed: true,
    });
    expect(paid.ok && paid.value).toMatchObject({ selfPaid: true, remainingHours: 1 });
    expect(await t.quota(c.clientId, 2025)).toMatchObject({
      bookedHours: 2,
      remainingHours: 1,
      usedHours: 0,
    });
  });

  it('validates times, the counsellor-or-provider choice and the past', async () => {
    const c = await t.newCase();
    const bad = await t.kit.call('appointments.book', {
      caseId: c.caseId,
      counsellorId: t.counsellor.id,
      providerId: t.providerId,
      date: '2025-03-10',
      start: '25:00',
      end: '09:00',
      mode: 'inPerson',
    });
    const keys = !bad.ok ? bad.error.issues?.map((i) => `${i.path.join('.')}:${i.key}`) : [];
    expect(keys).toEqual(
      expect.arrayContaining([
        'counsellorId:validation.counsellorOrProvider',
        'start:validation.time',
      ]),
    );
    const past = await t.book(c.caseId, '2025-03-04', '10:00', '11:00');
    expect(!past.ok && past.error.issues?.[0]).toMatchObject({
      path: ['date'],
      key: 'validation.bookingInPast',
    });
    // After hours and at weekends are allowed: the plans let the client choose the time.
    expect((await t.book(c.caseId, '2025-03-09', '20:00', '21:00')).ok).toBe(true);
  });
});

describe('cancelling "by the calendar day before" (Asia/Taipei, machine in UTC)', () => {
  it('23:59 the day before is in time; 00:00 on the day is late', async () => {
    const c = await t.newCase();
    const early = await t.book(c.caseId, '2025-03-12', '10:00', '11:00');
    const late = await t.book(c.caseId, '2025-03-13', '10:00', '11:00');
    if (!early.ok || !late.ok) throw new Error('booking failed');
    t.kit.clock.set(at('2025-03-11T15:59:00Z')); // 23:59 on 11 March in Taipei
    expect(await t.kit.ok('appointments.cancel', { id: early.value.id })).toEqual({
      status: 'cancelledInTime',
    });
    t.kit.clock.set(at('2025-03-12T16:00:00Z')); // 00:00 on 13 March in Taipei, still the 12th in UTC
    expect(await t.kit.ok('appointments.cancel', { id: late.value.id })).toEqual({
      status: 'cancelledLate',
    });
    // Late cancellations count (Keelung preset): the booked hour is used.
    expect(await t.quota(c.clientId, 2025)).toMatchObject({
      usedHours: 1,
      byKind: { lateCancellationHours: 1 },
      bookedHours: 0,
    });
    const again = await t.kit.call('appointments.cancel', { id: late.value.id });
    expect(!again.ok && again.error.key).toBe('errors.illegalTransition');
  });

  it('an explicit time decides too, and may not be in the future', async () => {
    const c = await t.newCase();
    const b = await t.book(c.caseId, '2025-03-20', '10:00', '11:00');
    if (!b.ok) throw new Error('booking failed');
    const future = await t.kit.call('appointments.cancel', {
      id: b.value.id,
      on: '2025-03-19T10:00:00+08:00',
    });
    expect(!future.ok && future.error.issues?.[0]?.key).toBe('validation.dateInFuture');
    expect(
      await t.kit.ok('appointments.cancel', { id: b.value.id, on: '2025-03-05T08:00:00+08:00' }),
    ).toEqual({ status: 'cancelledInTime' });
  });
});

describe('moving, statuses and the attendance note', () => {
  it('moves in place when in time, and rebooks after a late cancellation on the day', async () => {
    const c = await t.newCase();
    const b = await t.book(c.caseId, '2025-03-14', '14:00', '15:00');
    if (!b.ok) throw new Error('booking failed');
    const moved = await t.kit.ok<{ id: string; moved: string }>('appointments.move', {
      id: b.value.id,
      date: '2025-03-14',
      start: '16:00',
      minutes: 60,
    });
    expect(moved).toMatchObject({ id: b.value.id, moved: 'inPlace' });
    t.kit.clock.set(at('2025-03-14T01:00:00Z')); // 09:00 on the day
    const re = await t.kit.ok<{ id: string; moved: string }>('appointments.move', {
      id: b.value.id,
      date: '2025-03-21',
      start: '16:00',
      end: '17:00',
    });
    expect(re.moved).toBe('rebooked');
    expect(re.id).not.toBe(b.value.id);
    const list = await t.kit.ok<{ appointments: { id: string; status: string; start: string }[] }>(
      'appointments.forCase',
      { caseId: c.caseId },
    );
    expect(list.appointments.map((x) => [x.id === re.id, x.status])).toEqual([
      [true, 'booked'],
      [false, 'cancelledLate'],
    ]);
  });

  it('a move on the day counts the old appointment as a late cancellation before checking the subsidy', async () => {
    const c = await t.newCase();
    const b = await t.book(c.caseId, '2025-03-14', '14:00', '16:00'); // 2 of the 3 hours
    if (!b.ok) throw new Error('booking failed');
    t.kit.clock.set(at('2025-03-14T01:00:00Z')); // 09:00 on the day: too late to move freely
    const to = { id: b.value.id, date: '2025-03-21', start: '14:00', end: '16:00' };
    // The late cancellation uses 2 h (counted, the default), so 2 more hours exceed the 1 left.
    const over = await t.kit.call('appointments.move', to);
    expect(!over.ok && over.error).toMatchObject({
      key: 'errors.quotaExceeded',
      params: { remaining: 1 },
    });
    // Refused: nothing changed, the old appointment is still booked.
    const still = await t.kit.ok<{ appointments: { id: string; status: string }[] }>(
      'appointments.forCase',
      { caseId: c.caseId },
    );
    expect(still.appointments.map((x) => [x.id, x.status])).toEqual([[b.value.id, 'booked']]);
    const paid = await t.kit.ok<{ moved: string; selfPaid: boolean; remainingHours: number }>(
      'appointments.move',
      { ...to, selfPaidConfirmed: true },
    );
    expect(paid).toMatchObject({ moved: 'rebooked', selfPaid: true, remainingHours: 1 });
    expect(await t.quota(c.clientId, 2025)).toMatchObject({
      usedHours: 2,
      byKind: { lateCancellationHours: 2 },
    });
  });

  it('refuses to move an appointment of a closed case', async () => {
    const c = await t.newCase();
    const b2 = await t.book(c.caseId, '2025-03-26', '10:00', '11:00');
    if (!b2.ok) throw new Error('booking failed');
    await t.withDb((db) =>
      db.prepare("UPDATE case_file SET status = 'closed' WHERE id = ?").run(c.caseId),
    );
    const res = await t.kit.call('appointments.move', {
      id: b2.value.id,
      date: '2025-03-27',
      start: '10:00',
      end: '11:00',
    });
    expect(!res.ok && res.error).toMatchObject({ code: 'CONFLICT', key: 'errors.caseClosed' });
  });

  it('a case is not closed over appointments still marked booked', async () => {
    const c = await t.newCase();
    const b = await t.book(c.caseId, '2025-03-28', '10:00', '11:00');
    if (!b.ok) throw new Error('booking failed');
    const close = () =>
      t.kit.call('cases.setStatus', {
        id: c.caseId,
        to: 'closed',
        on: '2025-03-05',
        reason: 'goalsMet',
      });
    expect(await close()).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'errors.caseHasBookedAppointments', params: { count: 1 } },
    });
    await t.kit.ok('appointments.cancel', { id: b.value.id });
    expect(await close()).toMatchObject({ ok: true });
  });

  it('enforces legal status changes', async () => {
    const c = await t.newCase();
    const b = await t.book(c.caseId, '2025-03-24', '10:00', '11:00');
    if (!b.ok) throw new Error('booking failed');
    const id = b.value.id;
    const early = await t.kit.call('appointments.setStatus', { id, to: 'noShow' });
    expect(!early.ok && early.error.key).toBe('errors.appointmentNotStarted');
    const done = await t.kit.call('appointments.setStatus', { id, to: 'completed' });
    expect(!done.ok && done.error.key).toBe('errors.completeThroughSession');
    const declined = await t.kit.call('appointments.setStatus', {
      id,
      to: 'declinedByCounsellor',
      reason: '無需安排',
    });
    expect(!declined.ok && declined.error.code).toBe('FORBIDDEN');
    await t.loginAs('counsellor');
    await t.kit.ok('appointments.setStatus', {
      id,
      to: 'declinedByCounsellor',
      reason: '評估無協談必要',
    });
    await t.loginAs('desk');
    const q = await t.quota(c.clientId, 2025);
    expect(q).toMatchObject({ usedHours: 0, bookedHours: 0, remainingHours: 3 });
  });

  it('prints an attendance note with the city leave wording in working hours only, audited', async () => {
    const c = await t.newCase();
    const work = await t.book(c.caseId, '2025-03-25', '10:00', '11:00');
    const evening = await t.book(c.caseId, '2025-03-25', '19:00', '20:00');
    if (!work.ok || !evening.ok) throw new Error('booking failed');
    const note = await t.kit.ok<{
      leaveType: string | null;
      organisationName: string;
      clientName: string;
    }>('appointments.attendanceNote', { id: work.value.id });
    expect(note).toMatchObject({
      leaveType: 'officialLeave',
      organisationName: '測試市政府人事處',
    });
    expect(note.clientName).toMatch(/^測試/);
    expect(
      (
        await t.kit.ok<{ leaveType: string | null }>('appointments.attendanceNote', {
          id: evening.value.id,
        })
      ).leaveType,
    ).toBeNull();
    const audit = await t.auditActions('appointment.attendanceNotePrinted');
    expect(audit.map((e) => e.objectId)).toEqual(
      expect.arrayContaining([work.value.id, evening.value.id]),
    );
    expect(JSON.stringify(audit)).not.toContain(note.clientName);
  });

  it('shows a counsellor week in start order and refuses a range over 31 days', async () => {
    const cal = await t.kit.ok<{ appointments: { startsAt: number; date: string }[] }>(
      'appointments.calendar',
      { counsellorId: t.counsellor.id, from: '2025-03-10', to: '2025-03-16' },
    );
    expect(cal.appointments.length).toBeGreaterThan(2);
    const starts = cal.appointments.map((x) => x.startsAt);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(cal.appointments.every((x) => x.date >= '2025-03-10' && x.date <= '2025-03-16')).toBe(
      true,
    );
    const long = await t.kit.call('appointments.calendar', {
      counsellorId: t.counsellor.id,
      from: '2025-03-01',
      to: '2025-04-02',
    });
    expect(!long.ok && long.error.issues?.[0]?.key).toBe('validation.rangeTooLong');
  });
});
