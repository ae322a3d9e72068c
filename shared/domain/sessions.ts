/**
 * Appointments, counselling sessions and the subsidy quota (DOMAIN.md "Counselling sessions";
 * issue #7). Constants shared by the contract, the core and the renderer.
 */

/** 面談 / 電話 / 視訊 */
export const SESSION_MODES = ['inPerson', 'phone', 'video'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

/**
 * booked → completed | cancelledInTime | cancelledLate | noShow | declinedByCounsellor |
 * endedByClient. Every status but `booked` is final. Late = cancelled on the appointment's own
 * calendar day or later ("至遲於協談前一天", in the office's time zone).
 */
export const APPOINTMENT_STATUSES = [
  'booked',
  'completed',
  'cancelledInTime',
  'cancelledLate',
  'noShow',
  'declinedByCounsellor',
  'endedByClient',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** Statuses setStatus may move a booked appointment to (cancellations go through appointments.cancel). */
export const SETTABLE_STATUSES = [
  'completed',
  'noShow',
  'declinedByCounsellor',
  'endedByClient',
] as const;

/** Statuses that occupy the counsellor's and the client's time (overlap checks). */
export const OCCUPYING_STATUSES: readonly AppointmentStatus[] = ['booked', 'completed'];

/**
 * How a contact's minutes become counted hours: 'up' to the next counting unit (the usual
 * billing practice: 50 minutes with a 0.5 h unit count 1.0 h), or 'nearest' (ties round up).
 * Each contact is rounded on its own, never the year's sum.
 */
export const ROUNDING_MODES = ['up', 'nearest'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

export const EXTENSION_STATUSES = ['pending', 'approved', 'declined'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

export const DEFAULT_OFFICE_TIME_ZONE = 'Asia/Taipei';

/** Office hours used to decide whether an appointment needs leave (公出 / 公假 / 依請假規則). */
export const DEFAULT_WORKING_HOURS = { start: '08:30', end: '17:30' } as const;

/** Counted minutes of one contact under a counting unit and rounding mode. */
export function countedMinutes(
  minutes: number,
  unitMinutes: number,
  rounding: RoundingMode,
): number {
  if (minutes <= 0) return 0;
  const units =
    rounding === 'up' ? Math.ceil(minutes / unitMinutes) : Math.floor(minutes / unitMinutes + 0.5);
  return units * unitMinutes;
}
