import type { z } from 'zod';
import type { Role } from '../../../../shared/domain/app-state';
import {
  HOME_DAY_MAX,
  HOME_NOTES_MAX,
  type HomeAppointmentRow,
  type homeDayOutput,
} from '../../../../shared/ipc/schemas/home';
import type { Db } from '../../db/open';
import type { AppointmentDbRow } from '../appointments/appointments.repo';
import { officeDate, officeInstant } from '../appointments/office-time';
import { readSessionSettings } from '../quota/quota-settings';

/**
 * The home page's day: today's appointments and a counsellor's notes to finish. Read here rather
 * than in the appointments domain so the home page's questions (and their indexes) stay in one
 * place. Logistics only: the client's name and case number, never a summary or a note.
 */

const SELECT = `
  SELECT ap.id, ap.case_id, ap.counsellor_id, ap.provider_id, ap.provider_counsellor_id, ap.local_date,
         ap.start_time, ap.end_time, ap.mode, ap.status, k.case_number, c.name AS client_name,
         acc.display_name AS counsellor_name, p.name AS provider_name, pc.name AS provider_counsellor_name
  FROM appointment ap
  JOIN case_file k ON k.id = ap.case_id
  JOIN client c ON c.id = k.client_id
  LEFT JOIN account acc ON acc.id = ap.counsellor_id
  LEFT JOIN provider p ON p.id = ap.provider_id
  LEFT JOIN provider_counsellor pc ON pc.id = ap.provider_counsellor_id`;

type DayDbRow = Pick<
  AppointmentDbRow,
  | 'id'
  | 'case_id'
  | 'counsellor_id'
  | 'provider_id'
  | 'provider_counsellor_id'
  | 'local_date'
  | 'start_time'
  | 'end_time'
  | 'mode'
  | 'status'
> & {
  case_number: string;
  client_name: string;
  counsellor_name: string | null;
  provider_name: string | null;
  provider_counsellor_name: string | null;
};

const toRow = (r: DayDbRow): HomeAppointmentRow => ({
  id: r.id,
  caseId: r.case_id,
  caseNumber: r.case_number,
  clientName: r.client_name,
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
  mode: r.mode,
  status: r.status,
});

/** Cancelled and declined appointments do not happen: the day's list leaves them out. */
const GOES_AHEAD = `ap.status NOT IN ('cancelledInTime', 'cancelledLate', 'declinedByCounsellor')`;
const TODAY = 'ap.starts_at >= @from AND ap.starts_at < @to';

/**
 * Everyone's appointments (the desk) walk the two (owner, starts_at) indexes as ranges, one
 * owner at a time: the IN lists are the small account and provider tables, so no query scans the
 * whole appointment table. A counsellor's own walk one range of their index.
 */
export const DAY_ARMS = {
  desk: [
    `SELECT ap.id, ap.starts_at FROM appointment ap WHERE ap.counsellor_id IN (SELECT id FROM account) AND ${TODAY} AND ${GOES_AHEAD}`,
    `SELECT ap.id, ap.starts_at FROM appointment ap WHERE ap.provider_id IN (SELECT id FROM provider) AND ${TODAY} AND ${GOES_AHEAD}`,
  ],
  counsellor: [
    `SELECT ap.id, ap.starts_at FROM appointment ap WHERE ap.counsellor_id = @account AND ${TODAY} AND ${GOES_AHEAD}`,
  ],
} as const;

/**
 * A note to finish: the counsellor's own in-house appointment, completed or ended while still
 * booked (nobody set its status), with no session record (counselling_session.appointment_id is
 * unique, so the anti-join is an index probe). Closed cases are left out: sessions.record refuses
 * them, so the list would offer work that cannot be done there.
 */
export const NOTES = `
  SELECT ap.id, ap.starts_at FROM appointment ap
  JOIN case_file k ON k.id = ap.case_id
  LEFT JOIN counselling_session s ON s.appointment_id = ap.id
  WHERE ap.counsellor_id = @account AND ap.starts_at < @now
    AND (ap.status = 'completed' OR (ap.status = 'booked' AND ap.ends_at <= @now))
    AND s.id IS NULL AND k.status IN ('intake', 'active')`;

/** Count and first page of one list; named parameters as its arms use them, plus limit (page). */
export const daySql = (arms: readonly string[]) => {
  const ids = arms.join(' UNION ALL ');
  return {
    count: `SELECT count(*) FROM (${ids})`,
    page: `${SELECT} JOIN (${ids}) pick ON pick.id = ap.id ORDER BY ap.starts_at, ap.id LIMIT @limit`,
  };
};

function page(
  db: Db,
  arms: readonly string[],
  params: Record<string, string | number>,
  limit: number,
): { count: number; rows: HomeAppointmentRow[] } {
  const sql = daySql(arms);
  const count = db.prepare(sql.count).pluck().get(params) as number;
  const rows = db.prepare(sql.page).all({ ...params, limit }) as DayDbRow[];
  return { count, rows: rows.map(toRow) };
}

export function homeDay(
  db: Db,
  who: { accountId: string; role: Role },
  now: number,
): z.output<typeof homeDayOutput> {
  const tz = readSessionSettings(db).timeZone;
  const today = officeDate(now, tz);
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000)
    .toISOString()
    .slice(0, 10);
  const range = {
    account: who.accountId,
    from: officeInstant(today, '00:00', tz),
    to: officeInstant(tomorrow, '00:00', tz),
  };
  const counsellor = who.role === 'counsellor';
  return {
    today,
    appointments: page(db, counsellor ? DAY_ARMS.counsellor : DAY_ARMS.desk, range, HOME_DAY_MAX),
    notesToFinish: counsellor
      ? page(db, [NOTES], { account: who.accountId, now }, HOME_NOTES_MAX)
      : { count: 0, rows: [] },
  };
}
