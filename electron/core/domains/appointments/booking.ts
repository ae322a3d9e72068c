import type { LeaveType } from '../../../../shared/domain/city-presets';
import { countedMinutes } from '../../../../shared/domain/sessions';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import { computeQuota, personMembers } from '../quota/quota.calc';
import { readSessionSettings, type SessionSettings } from '../quota/quota-settings';
import { getOrganisationSettings } from '../settings/settings.service';
import { Issues } from '../reference/action';
import { findOverlap, type Slot } from './appointments.repo';
import { minutesOf, officeInstant, timeOf, weekday } from './office-time';

/**
 * What booking and moving share: the slot in the office's time, the overlap checks, the quota
 * check and the leave wording. Refusals come before any write.
 */
export interface TimeInput {
  readonly date: string;
  readonly start: string;
  readonly end?: string | undefined;
  readonly minutes?: number | undefined;
}

export function toSlot(t: TimeInput, timeZone: string): Slot {
  const startMin = minutesOf(t.start);
  const endMin = t.end !== undefined ? minutesOf(t.end) : startMin + (t.minutes ?? 0);
  const end = timeOf(endMin);
  return {
    date: t.date,
    start: t.start,
    end,
    startsAt: officeInstant(t.date, t.start, timeZone),
    endsAt: officeInstant(t.date, end, timeZone),
    minutes: endMin - startMin,
  };
}

/** Leave is needed only when the appointment falls in office hours on a weekday. */
function leaveFor(db: Db, slot: Slot, s: SessionSettings): LeaveType | null {
  const day = weekday(slot.date);
  if (day === 0 || day === 6) return null;
  if (slot.end <= s.workingHoursStart || slot.start >= s.workingHoursEnd) return null;
  return getOrganisationSettings(db).leaveType;
}

/**
 * Who is busy, as the message names them: the staff counsellor's display name or the provider
 * counsellor's name — never the client's (the other appointment may be another person's case).
 */
function busyCounsellorName(
  db: Db,
  counsellorId: string | null,
  providerCounsellorId: string | null,
): string {
  const name = counsellorId
    ? db.prepare('SELECT display_name FROM account WHERE id = ?').pluck().get(counsellorId)
    : db
        .prepare('SELECT name FROM provider_counsellor WHERE id = ?')
        .pluck()
        .get(providerCounsellorId);
  return typeof name === 'string' ? name : '';
}

export interface BookingPlan {
  readonly slot: Slot;
  readonly selfPaid: boolean;
  readonly leaveType: LeaveType | null;
  readonly remainingHours: number;
}

export function planBooking(
  db: Db,
  q: {
    clientId: string;
    counsellorId: string | null;
    providerCounsellorId: string | null;
    time: TimeInput;
    selfPaidConfirmed: boolean;
    excludeId: string | null;
    now: number;
  },
): BookingPlan {
  const settings = readSessionSettings(db);
  const slot = toSlot(q.time, settings.timeZone);
  const issues = new Issues();
  if (slot.startsAt < q.now) issues.add(['date'], 'validation.bookingInPast');
  issues.throwIfAny();
  const members = personMembers(db, q.clientId);
  const caseIds = db
    .prepare(`SELECT id FROM case_file WHERE client_id IN (${members.map(() => '?').join(',')})`)
    .pluck()
    .all(...members) as string[];
  const clash = findOverlap(db, {
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    counsellorId: q.counsellorId,
    providerCounsellorId: q.providerCounsellorId,
    caseIds,
    excludeId: q.excludeId,
  });
  if (clash === 'client') throw new AppError('CONFLICT', { key: 'errors.doubleBookingClient' });
  if (clash)
    throw new AppError('CONFLICT', {
      key: 'errors.doubleBooking',
      params: { who: busyCounsellorName(db, q.counsellorId, q.providerCounsellorId) },
    });
  const quota = computeQuota(
    db,
    q.clientId,
    Number(slot.date.slice(0, 4)),
    q.excludeId ? { excludeAppointmentId: q.excludeId } : {},
  );
  const counted = countedMinutes(
    slot.minutes,
    quota.ruleMinutes.unitMinutes,
    quota.ruleMinutes.rounding,
  );
  let selfPaid = false;
  if (counted > quota.remainingMinutes) {
    if (!q.selfPaidConfirmed)
      throw new AppError('CONFLICT', {
        key: 'errors.quotaExceeded',
        params: { remaining: quota.remainingHours },
      });
    selfPaid = true;
  }
  return {
    slot,
    selfPaid,
    leaveType: leaveFor(db, slot, settings),
    remainingHours: (selfPaid ? quota.remainingMinutes : quota.remainingMinutes - counted) / 60,
  };
}
