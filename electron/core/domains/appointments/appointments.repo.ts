import { randomUUID } from 'node:crypto';
import type { LeaveType } from '../../../../shared/domain/city-presets';
import type { AppointmentStatus, SessionMode } from '../../../../shared/domain/sessions';
import type { AppointmentRow } from '../../../../shared/ipc/schemas/appointments';
import type { Db } from '../../db/open';

export interface AppointmentDbRow {
  readonly id: string;
  readonly case_id: string;
  readonly counsellor_id: string | null;
  readonly provider_id: string | null;
  readonly provider_counsellor_id: string | null;
  readonly local_date: string;
  readonly start_time: string;
  readonly end_time: string;
  readonly starts_at: number;
  readonly ends_at: number;
  readonly minutes: number;
  readonly mode: SessionMode;
  readonly place: string | null;
  readonly status: AppointmentStatus;
  readonly status_reason: string | null;
  readonly self_paid: number;
  readonly leave_type: LeaveType | null;
}

export function getAppointment(db: Db, id: string): AppointmentDbRow | undefined {
  return db.prepare('SELECT * FROM appointment WHERE id = ?').get(id) as
    AppointmentDbRow | undefined;
}

export interface Slot {
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly startsAt: number;
  readonly endsAt: number;
  readonly minutes: number;
}

export interface NewAppointment {
  readonly caseId: string;
  readonly counsellorId: string | null;
  readonly providerId: string | null;
  readonly providerCounsellorId: string | null;
  readonly slot: Slot;
  readonly mode: SessionMode;
  readonly place: string | null;
  readonly selfPaid: boolean;
  readonly leaveType: LeaveType | null;
  readonly by: string;
}

export function insertAppointment(
  db: Db,
  v: NewAppointment,
  at: number,
  installationId: string,
): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO appointment (id, case_id, counsellor_id, provider_id, provider_counsellor_id, local_date, start_time, end_time,
       starts_at, ends_at, minutes, mode, place, status, self_paid, leave_type, created_by, created_at, updated_at, installation_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'booked', ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    v.caseId,
    v.counsellorId,
    v.providerId,
    v.providerCounsellorId,
    v.slot.date,
    v.slot.start,
    v.slot.end,
    v.slot.startsAt,
    v.slot.endsAt,
    v.slot.minutes,
    v.mode,
    v.place,
    v.selfPaid ? 1 : 0,
    v.leaveType,
    v.by,
    at,
    at,
    installationId,
  );
  return id;
}

export function moveAppointment(
  db: Db,
  id: string,
  v: {
    slot: Slot;
    mode: SessionMode;
    place: string | null;
    selfPaid: boolean;
    leaveType: LeaveType | null;
  },
  at: number,
  installationId: string,
): void {
  db.prepare(
    `UPDATE appointment SET local_date = ?, start_time = ?, end_time = ?, starts_at = ?, ends_at = ?, minutes = ?, mode = ?, place = ?,
       self_paid = ?, leave_type = ?, updated_at = ?, installation_id = ? WHERE id = ?`,
  ).run(
    v.slot.date,
    v.slot.start,
    v.slot.end,
    v.slot.startsAt,
    v.slot.endsAt,
    v.slot.minutes,
    v.mode,
    v.place,
    v.selfPaid ? 1 : 0,
    v.leaveType,
    at,
    installationId,
    id,
  );
}

export function setAppointmentStatus(
  db: Db,
  id: string,
  status: AppointmentStatus,
  reason: string | null,
  by: string,
  at: number,
  installationId: string,
): void {
  db.prepare(
    'UPDATE appointment SET status = ?, status_reason = ?, status_at = ?, status_by = ?, updated_at = ?, installation_id = ? WHERE id = ?',
  ).run(status, reason, at, by, at, installationId, id);
}

/**
 * An appointment lies within one office day (it ends after it starts on the same date), so it
 * starts less than two days before it ends, whatever the clock change. This bounds the overlap
 * search below on both sides: without it, "starts before my end" is every earlier appointment.
 */
const LONGEST_APPOINTMENT_MS = 2 * 86_400_000;

/**
 * The first appointment that occupies [startsAt, endsAt) for the same counsellor, provider
 * counsellor or person (any of the person's case ids). Each lookup is a short range of the
 * (counsellor | provider counsellor | case, starts_at) index.
 */
export function findOverlap(
  db: Db,
  q: {
    startsAt: number;
    endsAt: number;
    counsellorId: string | null;
    providerCounsellorId: string | null;
    caseIds: readonly string[];
    excludeId: string | null;
  },
): 'counsellor' | 'client' | null {
  const busy = `status IN ('booked', 'completed') AND starts_at > ? AND starts_at < ? AND ends_at > ? AND id IS NOT ?`;
  const args = [q.startsAt - LONGEST_APPOINTMENT_MS, q.endsAt, q.startsAt, q.excludeId] as const;
  if (
    q.counsellorId &&
    db
      .prepare(`SELECT 1 FROM appointment WHERE counsellor_id = ? AND ${busy} LIMIT 1`)
      .get(q.counsellorId, ...args)
  )
    return 'counsellor';
  if (
    q.providerCounsellorId &&
    db
      .prepare(`SELECT 1 FROM appointment WHERE provider_counsellor_id = ? AND ${busy} LIMIT 1`)
      .get(q.providerCounsellorId, ...args)
  )
    return 'counsellor';
  const cases = Array.from({ length: q.caseIds.length }, () => '?').join(',');
  if (
    q.caseIds.length > 0 &&
    db
      .prepare(`SELECT 1 FROM appointment WHERE case_id IN (${cases}) AND ${busy} LIMIT 1`)
      .get(...q.caseIds, ...args)
  )
    return 'client';
  return null;
}

/**
 * Every page read costs a decryption (SQLCipher), and a week of one counsellor's appointments
 * lies on as many table pages as it has rows — each with its case and client elsewhere. So the
 * columns are named rather than ap.*: a counsellor's calendar reads them all, the recorded
 * session's id included (kept on the row by triggers), from the covering index
 * appointment_counsellor_calendar; and each join reads one page of a covering index (migration
 * 0070) instead of the id's index page plus the row's table page. INDEXED BY, because without
 * statistics (the app never runs ANALYZE) SQLite prefers the unique id indexes; it also makes
 * the statement fail loudly, not slow down quietly, should an index go missing.
 */
const LIST_SELECT = `
  SELECT ap.id, ap.case_id, ap.counsellor_id, ap.provider_id, ap.provider_counsellor_id, ap.local_date, ap.start_time,
         ap.end_time, ap.starts_at, ap.minutes, ap.mode, ap.place, ap.status, ap.status_reason, ap.self_paid, ap.leave_type,
         ap.session_id, k.case_number, c.id AS client_id, c.name AS client_name, acc.display_name AS counsellor_name,
         p.name AS provider_name, pc.name AS provider_counsellor_name
  FROM appointment ap
  JOIN case_file k INDEXED BY case_file_number_client ON k.id = ap.case_id
  JOIN client c INDEXED BY client_id_name ON c.id = k.client_id
  LEFT JOIN account acc ON acc.id = ap.counsellor_id
  LEFT JOIN provider p ON p.id = ap.provider_id
  LEFT JOIN provider_counsellor pc ON pc.id = ap.provider_counsellor_id`;

type ListDbRow = Omit<AppointmentDbRow, 'ends_at'> & {
  case_number: string;
  client_id: string;
  client_name: string;
  counsellor_name: string | null;
  provider_name: string | null;
  provider_counsellor_name: string | null;
  session_id: string | null;
};

const toRow = (r: ListDbRow): AppointmentRow => ({
  id: r.id,
  caseId: r.case_id,
  caseNumber: r.case_number,
  client: { id: r.client_id, name: r.client_name },
  counsellor: r.counsellor_id
    ? { id: r.counsellor_id, displayName: r.counsellor_name ?? '' }
    : null,
  provider: r.provider_id ? { id: r.provider_id, name: r.provider_name ?? '' } : null,
  providerCounsellor: r.provider_counsellor_id
    ? { id: r.provider_counsellor_id, name: r.provider_counsellor_name ?? '' }
    : null,
  date: r.local_date,
  start: r.start_time,
  end: r.end_time,
  minutes: r.minutes,
  startsAt: r.starts_at,
  mode: r.mode,
  place: r.place,
  status: r.status,
  statusReason: r.status_reason,
  selfPaid: r.self_paid === 1,
  leaveType: r.leave_type,
  sessionId: r.session_id,
});

export function calendarRows(
  db: Db,
  q: {
    counsellorId?: string | undefined;
    providerId?: string | undefined;
    providerCounsellorId?: string | undefined;
    fromMs: number;
    toMs: number;
  },
): AppointmentRow[] {
  const range = 'ap.starts_at >= ? AND ap.starts_at < ?';
  const rows = q.counsellorId
    ? db
        .prepare(
          `${LIST_SELECT} WHERE ap.counsellor_id = ? AND ${range} ORDER BY ap.starts_at, ap.id LIMIT 2000`,
        )
        .all(q.counsellorId, q.fromMs, q.toMs)
    : db
        .prepare(
          `${LIST_SELECT} WHERE ap.provider_id = ? AND (? IS NULL OR ap.provider_counsellor_id = ?) AND ${range} ORDER BY ap.starts_at, ap.id LIMIT 2000`,
        )
        .all(
          q.providerId ?? null,
          q.providerCounsellorId ?? null,
          q.providerCounsellorId ?? null,
          q.fromMs,
          q.toMs,
        );
  return (rows as ListDbRow[]).map(toRow);
}

export function caseAppointmentRows(db: Db, caseId: string): AppointmentRow[] {
  return (
    db
      .prepare(`${LIST_SELECT} WHERE ap.case_id = ? ORDER BY ap.starts_at DESC, ap.id LIMIT 500`)
      .all(caseId) as ListDbRow[]
  ).map(toRow);
}
