import { z } from 'zod';
import type { AppointmentRow } from '../../../../shared/ipc/schemas/appointments';
import type { InputOf, OutputOf } from '../../../../shared/ipc/types';
import { checkSlotOrder, slotFields } from './booking-form';

/** 改期: the booking form's when-and-how, nothing else (the case and the counsellor stay). */
export const moveForm = z.object(slotFields).superRefine(checkSlotOrder);

export type MoveValues = z.input<typeof moveForm>;
export type MoveOutput = z.output<typeof moveForm>;

/** What core answered and what was asked for (the answer carries no times). */
export interface Moved {
  readonly result: OutputOf<'appointments.move'>;
  readonly values: MoveOutput;
}

/** The form starts from the appointment as it is, so only what changes needs typing. */
export function moveDefaults(a: AppointmentRow, formatDate: (iso: string) => string): MoveValues {
  return {
    date: formatDate(a.date),
    start: a.start,
    end: a.end,
    mode: a.mode,
    place: a.place ?? '',
  };
}

export function toMoveInput(
  id: string,
  v: MoveOutput,
  selfPaidConfirmed: boolean,
): InputOf<'appointments.move'> {
  // An emptied place is sent as '' so core clears it; undefined would keep the old one.
  return {
    id,
    date: v.date,
    start: v.start,
    end: v.end,
    mode: v.mode,
    place: v.place,
    selfPaidConfirmed,
  };
}

/** Office settings that decide what a move does (quota.rules → settings). */
export interface MoveRules {
  readonly timeZone: string;
  readonly cancelByCalendarDayBefore: boolean;
}

/** The calendar date of an instant in the office's zone (core's officeDate), as ISO. */
export function officeIsoDate(at: number, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(at));
}

/**
 * What core will do, said before saving (UX.md: never a surprise). Mirrors the service's
 * isInTime: by the calendar day before → the appointment itself moves; on its own day or later
 * → the old one becomes a late cancellation and a new one is booked. Core decides again.
 */
export function moveWillRebook(
  a: Pick<AppointmentRow, 'date' | 'startsAt'>,
  now: number,
  rules: MoveRules,
): boolean {
  return rules.cancelByCalendarDayBefore
    ? officeIsoDate(now, rules.timeZone) >= a.date
    : now >= a.startsAt;
}

/** The sentence for what core did; a rebooking names whether the late cancellation counts. */
export function moveOutcomeKey(
  moved: 'inPlace' | 'rebooked',
  lateCounts: boolean | null,
):
  | 'appt.move.doneInPlace'
  | 'appt.move.doneRebookedCounts'
  | 'appt.move.doneRebookedFree'
  | 'appt.move.doneRebooked' {
  if (moved === 'inPlace') return 'appt.move.doneInPlace';
  if (lateCounts === null) return 'appt.move.doneRebooked';
  return lateCounts ? 'appt.move.doneRebookedCounts' : 'appt.move.doneRebookedFree';
}
