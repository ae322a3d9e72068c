import { z } from 'zod';
import { APPOINTMENT_STATUSES } from '../../domain/sessions';
import { sessionMode } from './appointments';
import { accountRef, nameRef } from './reference';

/*
 * The home page's day (home.day): logistics only (SECURITY.md §4) — who, when, which case and
 * the client's name, which the desk and counsellors may see in lists; never a presenting summary,
 * a note or anything else clinical. Times are the office's local time ('HH:mm').
 */

/** Today's appointments shown at most; the count says how many there are in all. */
export const HOME_DAY_MAX = 100;
/** Notes to finish shown at most (oldest first); the count says how many wait in all. */
export const HOME_NOTES_MAX = 20;

export const homeAppointmentRow = z.strictObject({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  clientName: z.string(),
  /** The in-house counsellor, or null for a provider's appointment. */
  counsellor: accountRef.nullable(),
  provider: nameRef.nullable(),
  providerCounsellor: nameRef.nullable(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  mode: sessionMode,
  status: z.enum(APPOINTMENT_STATUSES),
});
export type HomeAppointmentRow = z.infer<typeof homeAppointmentRow>;

const appointments = z.strictObject({
  count: z.number().int(),
  rows: z.array(homeAppointmentRow),
});

/**
 * `today`: the office's calendar day. `appointments`: today's appointments that go ahead or went
 * ahead (cancelled and declined ones left out), in start order — everyone's for the desk, the
 * counsellor's own for a counsellor. `notesToFinish`: a counsellor's own in-house appointments
 * on open cases that are completed, or have ended and are still booked, with no session record
 * yet, oldest first; always empty for the desk.
 */
export const homeDayOutput = z.strictObject({
  today: z.string(),
  appointments,
  notesToFinish: appointments,
});
