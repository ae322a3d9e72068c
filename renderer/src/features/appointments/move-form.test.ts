import { describe, expect, it } from 'vitest';
import { appointmentMoveInput } from '../../../../shared/ipc/schemas/appointments';
import { moveForm, moveOutcomeKey, moveWillRebook, officeIsoDate, toMoveInput } from './move-form';

const ID = '3f1c2f7e-8a4b-4c55-9d1e-0a1b2c3d4e5f';
const TAIPEI = { timeZone: 'Asia/Taipei', cancelByCalendarDayBefore: true };
// 2025-03-10 10:00 in Taipei.
const appt = { date: '2025-03-10', startsAt: Date.UTC(2025, 2, 10, 2, 0) };

describe('move form', () => {
  it('turns the typed new time into the contract input, clearing an emptied place', () => {
    const r = moveForm.safeParse({
      date: '114/03/11',
      start: '1400',
      end: '15:00',
      mode: 'video',
      place: '',
    });
    expect(r.success).toBe(true);
    if (!r.success) return;
    const input = toMoveInput(ID, r.data, false);
    expect(input).toEqual({
      id: ID,
      date: '2025-03-11',
      start: '14:00',
      end: '15:00',
      mode: 'video',
      place: '',
      selfPaidConfirmed: false,
    });
    expect(appointmentMoveInput.safeParse(input).success).toBe(true);
  });

  it('refuses an end before the start beside the end, as booking does', () => {
    const r = moveForm.safeParse({
      date: '2025-03-11',
      start: '15:00',
      end: '14:00',
      mode: 'phone',
      place: '',
    });
    expect(r.error?.issues[0]?.path).toEqual(['end']);
  });

  it('tells in advance what core will do: the office calendar day decides', () => {
    // 23:30 on the 9th in Taipei is still the day before (15:30 UTC).
    expect(officeIsoDate(Date.UTC(2025, 2, 9, 15, 30), 'Asia/Taipei')).toBe('2025-03-09');
    expect(moveWillRebook(appt, Date.UTC(2025, 2, 9, 15, 30), TAIPEI)).toBe(false);
    // 00:30 on the 10th in Taipei (16:30 UTC on the 9th): on the day, so a late cancellation.
    expect(moveWillRebook(appt, Date.UTC(2025, 2, 9, 16, 30), TAIPEI)).toBe(true);
    // Without the calendar-day rule only the start time counts.
    const byStart = { ...TAIPEI, cancelByCalendarDayBefore: false };
    expect(moveWillRebook(appt, appt.startsAt - 60_000, byStart)).toBe(false);
    expect(moveWillRebook(appt, appt.startsAt, byStart)).toBe(true);
  });

  it('says what core did, naming whether the late cancellation counts', () => {
    expect(moveOutcomeKey('inPlace', true)).toBe('appt.move.doneInPlace');
    expect(moveOutcomeKey('rebooked', true)).toBe('appt.move.doneRebookedCounts');
    expect(moveOutcomeKey('rebooked', false)).toBe('appt.move.doneRebookedFree');
    expect(moveOutcomeKey('rebooked', null)).toBe('appt.move.doneRebooked');
  });
});
