import { z } from 'zod';
import { LEAVE_TYPES } from '../../domain/city-presets';
import { APPOINTMENT_STATUSES, SESSION_MODES, SETTABLE_STATUSES } from '../../domain/sessions';
import { id } from './common';
import { accountRef, calendarDate, nameRef, safeText } from './reference';

/*
 * Appointments (預約): logistics only (SECURITY.md §4) — never clinical content. Times are the
 * office's local time ('HH:mm', 24-hour, any time of day, 7 days a week: the plans allow
 * after-hours counselling). An appointment lies within one calendar day.
 */

export const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' });
export const sessionMode = z.enum(SESSION_MODES, { error: 'validation.invalidValue' });
/** 5 minutes to 8 hours. */
export const durationMinutes = z.number().int({ error: 'validation.invalid' }).min(5).max(480);

/**
 * Either `end` or `minutes` (not both: 'validation.endOrMinutes' on `end`); the end must come
 * after the start on the same day ('validation.timeOrder' on `end`).
 */
const timeFields = {
  date: calendarDate,
  start: clockTime,
  end: clockTime.optional(),
  minutes: durationMinutes.optional(),
};
const checkTimes = (
  v: { start: string; end?: string | undefined; minutes?: number | undefined },
  ctx: z.RefinementCtx,
) => {
  if ((v.end === undefined) === (v.minutes === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'validation.endOrMinutes' });
    return;
  }
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const end = v.end !== undefined ? toMin(v.end) : toMin(v.start) + (v.minutes ?? 0);
  if (end <= toMin(v.start) || end > 24 * 60 - 1)
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'validation.timeOrder' });
};

/**
 * Who: an in-house counsellor (`counsellorId`, an active counsellor account) OR a provider
 * (`providerId`, optionally one of its counsellors) — exactly one ('validation.counsellorOrProvider'
 * on `counsellorId`). Refusals: CONFLICT 'errors.doubleBooking' (params: who = the busy
 * counsellor's or provider counsellor's name) when it overlaps a booked or completed appointment
 * of the same counsellor or provider counsellor; CONFLICT 'errors.doubleBookingClient' (no params:
 * never a client's name) when it overlaps one of the same person's; CONFLICT
 * 'errors.quotaExceeded' (params: remaining, in hours) when its
 * counted hours exceed what is left of the subsidy, unless `selfPaidConfirmed` (then self-paid);
 * CONFLICT 'errors.caseClosed' for a closed case.
 */
export const appointmentBookInput = z
  .strictObject({
    caseId: id,
    counsellorId: id.optional(),
    providerId: id.optional(),
    providerCounsellorId: id.optional(),
    ...timeFields,
    mode: sessionMode,
    place: safeText(80).optional(),
    selfPaidConfirmed: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if ((v.counsellorId === undefined) === (v.providerId === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['counsellorId'],
        message: 'validation.counsellorOrProvider',
      });
    if (v.providerCounsellorId !== undefined && v.providerId === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['providerCounsellorId'],
        message: 'validation.notApplicable',
      });
    checkTimes(v, ctx);
  });
/** `remainingHours`: the person's subsidised hours left in that plan year after this booking. */
export const appointmentBooked = z.strictObject({
  id: z.string(),
  selfPaid: z.boolean(),
  remainingHours: z.number(),
});

export const appointmentRow = z.strictObject({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  client: nameRef,
  counsellor: accountRef.nullable(),
  provider: nameRef.nullable(),
  providerCounsellor: nameRef.nullable(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  minutes: z.number().int(),
  startsAt: z.number().int(),
  mode: sessionMode,
  place: z.string().nullable(),
  status: z.enum(APPOINTMENT_STATUSES),
  /** Declined-by-counsellor reason (non-clinical, short). */
  statusReason: z.string().nullable(),
  selfPaid: z.boolean(),
  /** The leave wording for an appointment in working hours (city setting); null outside them. */
  leaveType: z.enum(LEAVE_TYPES).nullable(),
  /** Set when a session was recorded for it. */
  sessionId: z.string().nullable(),
});
export type AppointmentRow = z.infer<typeof appointmentRow>;

/**
 * A counsellor's (account) or a provider's calendar (optionally one provider counsellor), at
 * most 31 days: `from` ≤ `to` ('validation.dateOrder'), span ≤ 31 days ('validation.rangeTooLong').
 * Ordered by start time. Every status is listed (the calendar shows cancellations greyed).
 */
export const appointmentCalendarInput = z
  .strictObject({
    counsellorId: id.optional(),
    providerId: id.optional(),
    providerCounsellorId: id.optional(),
    from: calendarDate,
    to: calendarDate,
  })
  .superRefine((v, ctx) => {
    if ((v.counsellorId === undefined) === (v.providerId === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['counsellorId'],
        message: 'validation.counsellorOrProvider',
      });
    if (v.providerCounsellorId !== undefined && v.providerId === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['providerCounsellorId'],
        message: 'validation.notApplicable',
      });
    if (v.to < v.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.dateOrder' });
    else if ((Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 > 30)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.rangeTooLong' });
  });
export const appointmentListOutput = z.strictObject({ appointments: z.array(appointmentRow) });

/** A case's appointments, newest first (at most 500). */
export const appointmentsForCaseInput = z.strictObject({ caseId: id });

/**
 * Decides in time vs late itself: a cancellation on an earlier calendar day than the appointment
 * (office time zone) is in time; on its own day or later it is late. `on` defaults to now.
 * Only a booked appointment ('errors.illegalTransition'). → { status }.
 */
export const appointmentCancelInput = z.strictObject({
  id,
  on: z.iso.datetime({ offset: true, error: 'validation.dateTime' }).optional(),
});
export const appointmentCancelled = z.strictObject({
  status: z.enum(['cancelledInTime', 'cancelledLate']),
});

/**
 * booked → completed (provider appointments only: an in-house one completes through
 * sessions.record), noShow (from its start time on: 'errors.appointmentNotStarted'),
 * declinedByCounsellor (counsellors only; `reason` required), endedByClient. Anything else
 * answers CONFLICT 'errors.illegalTransition'.
 */
export const appointmentSetStatusInput = z.strictObject({
  id,
  to: z.enum(SETTABLE_STATUSES, { error: 'validation.invalidValue' }),
  reason: safeText(200).optional(),
});

/**
 * Reschedule. In time (before the appointment's calendar day) the appointment itself moves
 * (same id, checks as at booking, audited 'appointment.moved'). On its own day or later the old
 * one becomes cancelledLate (counted per the setting) and a new one is booked: → the new id.
 */
export const appointmentMoveInput = z
  .strictObject({
    id,
    ...timeFields,
    mode: sessionMode.optional(),
    place: safeText(80).optional(),
    selfPaidConfirmed: z.boolean().default(false),
  })
  .superRefine((v, ctx) => checkTimes(v, ctx));
export const appointmentMoved = z.strictObject({
  id: z.string(),
  moved: z.enum(['inPlace', 'rebooked']),
  selfPaid: z.boolean(),
  remainingHours: z.number(),
});

/**
 * The data for the client's printable attendance note (to the client only; audited
 * 'appointment.attendanceNotePrinted'). Booked or completed appointments only
 * ('errors.illegalTransition'). No channel lists attendance across clients.
 */
export const attendanceNoteInput = z.strictObject({ id });
export const attendanceNoteOutput = z.strictObject({
  clientName: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  leaveType: z.enum(LEAVE_TYPES).nullable(),
  organisationName: z.string(),
  printedAt: z.number().int(),
});
