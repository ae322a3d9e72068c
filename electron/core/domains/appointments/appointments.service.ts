import type { z } from 'zod';
import type {
  appointmentBookInput,
  appointmentCalendarInput,
  appointmentMoveInput,
  appointmentSetStatusInput,
  attendanceNoteOutput,
} from '../../../../shared/ipc/schemas/appointments';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import type { CallContext } from '../../ipc/context';
import { requireCase } from '../cases/cases.service';
import { readSessionSettings } from '../quota/quota-settings';
import { Issues, type Action } from '../reference/action';
import { checkAccount, checkProvider } from '../reference/checks';
import { getOrganisationSettings } from '../settings/settings.service';
import {
  calendarRows,
  getAppointment,
  insertAppointment,
  moveAppointment,
  setAppointmentStatus,
  type AppointmentDbRow,
} from './appointments.repo';
import { planBooking } from './booking';
import { officeDate, officeInstant } from './office-time';

type BookInput = z.output<typeof appointmentBookInput>;

function requireBooked(ctx: CallContext, db: Db, id: string): AppointmentDbRow {
  const row = getAppointment(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  requireCase(ctx, db, row.case_id);
  if (row.status !== 'booked')
    throw new AppError('CONFLICT', {
      key: 'errors.illegalTransition',
      params: { from: row.status, to: 'booked' },
    });
  return row;
}

export function book(
  ctx: CallContext,
  a: Action,
  input: BookInput,
): { id: string; selfPaid: boolean; remainingHours: number } {
  const kase = requireCase(ctx, a.db, input.caseId);
  if (kase.status === 'closed') throw new AppError('CONFLICT', { key: 'errors.caseClosed' });
  const issues = new Issues();
  checkAccount(a.db, issues, 'counsellorId', input.counsellorId, ['counsellor']);
  checkProvider(a.db, issues, 'providerId', input.providerId);
  if (input.providerCounsellorId) {
    const pc = a.db
      .prepare('SELECT 1 FROM provider_counsellor WHERE id = ? AND provider_id = ? AND active = 1')
      .get(input.providerCounsellorId, input.providerId ?? '');
    if (!pc) issues.add(['providerCounsellorId'], 'validation.unknownProviderCounsellor');
  }
  issues.throwIfAny();
  const plan = planBooking(a.db, {
    clientId: kase.client_id,
    counsellorId: input.counsellorId ?? null,
    providerCounsellorId: input.providerCounsellorId ?? null,
    time: input,
    selfPaidConfirmed: input.selfPaidConfirmed,
    excludeId: null,
    now: a.at,
  });
  const id = insertAppointment(
    a.db,
    {
      caseId: kase.id,
      counsellorId: input.counsellorId ?? null,
      providerId: input.providerId ?? null,
      providerCounsellorId: input.providerCounsellorId ?? null,
      slot: plan.slot,
      mode: input.mode,
      place: input.place || null,
      selfPaid: plan.selfPaid,
      leaveType: plan.leaveType,
      by: a.actorId,
    },
    a.at,
    a.installationId,
  );
  a.audit(
    'appointment.booked',
    { type: 'appointment', id },
    { caseId: kase.id, selfPaid: plan.selfPaid ? 1 : 0 },
  );
  return { id, selfPaid: plan.selfPaid, remainingHours: plan.remainingHours };
}

/** "至遲於協談前一天": in time only on an earlier calendar day than the appointment, in the office's zone. */
function isInTime(db: Db, row: AppointmentDbRow, at: number): boolean {
  const s = readSessionSettings(db);
  return s.cancelByCalendarDayBefore
    ? officeDate(at, s.timeZone) < row.local_date
    : at < row.starts_at;
}

export function cancel(
  ctx: CallContext,
  a: Action,
  id: string,
  on: string | undefined,
): { status: 'cancelledInTime' | 'cancelledLate' } {
  const row = requireBooked(ctx, a.db, id);
  const at = on === undefined ? a.at : Date.parse(on);
  // z.iso.datetime checks the form only: 2025-02-30T… passes it and parses to NaN.
  if (Number.isNaN(at))
    throw new AppError('VALIDATION', { issues: [{ path: ['on'], key: 'validation.dateTime' }] });
  if (at > a.at)
    throw new AppError('VALIDATION', {
      issues: [{ path: ['on'], key: 'validation.dateInFuture' }],
    });
  const status = isInTime(a.db, row, at) ? 'cancelledInTime' : 'cancelledLate';
  setAppointmentStatus(a.db, row.id, status, null, a.actorId, a.at, a.installationId);
  a.audit('appointment.cancelled', { type: 'appointment', id: row.id }, { status });
  return { status };
}

export function setStatus(
  ctx: CallContext,
  a: Action,
  input: z.output<typeof appointmentSetStatusInput>,
): void {
  const row = requireBooked(ctx, a.db, input.id);
  const issues = new Issues();
  if (input.to === 'completed' && row.counsellor_id)
    throw new AppError('CONFLICT', { key: 'errors.completeThroughSession' });
  if (input.to === 'noShow' && a.at < row.starts_at)
    throw new AppError('CONFLICT', { key: 'errors.appointmentNotStarted' });
  if (input.to === 'declinedByCounsellor') {
    if (ctx.session?.role !== 'counsellor') throw new AppError('FORBIDDEN');
    if (!input.reason) issues.add(['reason'], 'validation.required');
  }
  if (input.reason && input.to !== 'declinedByCounsellor' && input.to !== 'endedByClient')
    issues.add(['reason'], 'validation.notApplicable');
  issues.throwIfAny();
  setAppointmentStatus(
    a.db,
    row.id,
    input.to,
    input.reason || null,
    a.actorId,
    a.at,
    a.installationId,
  );
  a.audit('appointment.statusChanged', { type: 'appointment', id: row.id }, { to: input.to });
}

/**
 * In time: the appointment itself moves (its history is the audit trail). Late: the old one is
 * a late cancellation — it counts per the setting, as the plans say a change must come by the
 * day before — and the new time is a new booking.
 */
export function move(ctx: CallContext, a: Action, input: z.output<typeof appointmentMoveInput>) {
  const row = requireBooked(ctx, a.db, input.id);
  const kase = requireCase(ctx, a.db, row.case_id);
  // Like booking: a closed case gets no new time (reopen it first).
  if (kase.status === 'closed') throw new AppError('CONFLICT', { key: 'errors.caseClosed' });
  const inTime = isInTime(a.db, row, a.at);
  const mode = input.mode ?? row.mode;
  const place = input.place !== undefined ? input.place || null : row.place;
  if (!inTime) {
    // Too late to move: the old appointment becomes a late cancellation FIRST, so the quota
    // check of the new one counts it as the office's setting says (and a refusal below rolls
    // both back with the action's transaction).
    setAppointmentStatus(a.db, row.id, 'cancelledLate', null, a.actorId, a.at, a.installationId);
  }
  const plan = planBooking(a.db, {
    clientId: kase.client_id,
    counsellorId: row.counsellor_id,
    providerCounsellorId: row.provider_counsellor_id,
    time: input,
    selfPaidConfirmed: input.selfPaidConfirmed,
    excludeId: inTime ? row.id : null,
    now: a.at,
  });
  if (inTime) {
    moveAppointment(
      a.db,
      row.id,
      { slot: plan.slot, mode, place, selfPaid: plan.selfPaid, leaveType: plan.leaveType },
      a.at,
      a.installationId,
    );
    a.audit('appointment.moved', { type: 'appointment', id: row.id });
    return {
      id: row.id,
      moved: 'inPlace' as const,
      selfPaid: plan.selfPaid,
      remainingHours: plan.remainingHours,
    };
  }
  a.audit(
    'appointment.cancelled',
    { type: 'appointment', id: row.id },
    { status: 'cancelledLate' },
  );
  const id = insertAppointment(
    a.db,
    {
      caseId: row.case_id,
      counsellorId: row.counsellor_id,
      providerId: row.provider_id,
      providerCounsellorId: row.provider_counsellor_id,
      slot: plan.slot,
      mode,
      place,
      selfPaid: plan.selfPaid,
      leaveType: plan.leaveType,
      by: a.actorId,
    },
    a.at,
    a.installationId,
  );
  a.audit(
    'appointment.booked',
    { type: 'appointment', id },
    { caseId: row.case_id, replaces: row.id },
  );
  return {
    id,
    moved: 'rebooked' as const,
    selfPaid: plan.selfPaid,
    remainingHours: plan.remainingHours,
  };
}

export function calendar(db: Db, q: z.output<typeof appointmentCalendarInput>) {
  const tz = readSessionSettings(db).timeZone;
  const next = new Date(Date.parse(`${q.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return calendarRows(db, {
    ...q,
    fromMs: officeInstant(q.from, '00:00', tz),
    toMs: officeInstant(next, '00:00', tz),
  });
}

/** For the client only: one appointment, never a list (倫理責任 2: nothing goes to the personnel section). */
export function attendanceNote(
  ctx: CallContext,
  db: Db,
  id: string,
  now: number,
): z.output<typeof attendanceNoteOutput> {
  const row = getAppointment(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  const kase = requireCase(ctx, db, row.case_id);
  if (row.status !== 'booked' && row.status !== 'completed')
    throw new AppError('CONFLICT', {
      key: 'errors.illegalTransition',
      params: { from: row.status, to: 'completed' },
    });
  const clientName = db
    .prepare('SELECT name FROM client WHERE id = ?')
    .pluck()
    .get(kase.client_id) as string;
  return {
    clientName,
    date: row.local_date,
    start: row.start_time,
    end: row.end_time,
    leaveType: row.leave_type,
    organisationName: getOrganisationSettings(db).name,
    printedAt: now,
  };
}
