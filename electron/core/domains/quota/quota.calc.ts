import type { z } from 'zod';
import { countedMinutes } from '../../../../shared/domain/sessions';
import type { quotaSummary } from '../../../../shared/ipc/schemas/quota';
import type { Db } from '../../db/open';
import { personKey } from '../clients/person-key';
import {
  readSessionSettings,
  ruleFor,
  rulesForYear,
  toRule,
  type RuleMinutes,
} from './quota-settings';

/**
 * The quota arithmetic. Everything is counted per PERSON: a merged record's cases, reports and
 * extensions belong to the record that stands for the person (personKey), so nothing counts
 * twice and nothing is lost after a merge. A contact belongs to the plan year of its own date.
 */
export type QuotaSummary = z.output<typeof quotaSummary>;

/** Every client record of the person: the root of the merge chain and all merged into it. */
export function personMembers(db: Db, clientId: string): string[] {
  const root = personKey(db, clientId);
  return db
    .prepare(
      `WITH RECURSIVE m(id) AS (SELECT ? UNION SELECT c.id FROM client c JOIN m ON c.merged_into = m.id)
       SELECT id FROM m LIMIT 1000`,
    )
    .pluck()
    .all(root) as string[];
}

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(',');

export interface QuotaOptions {
  /** Leave this appointment out (it is being moved). */
  readonly excludeAppointmentId?: string;
}

export function computeQuota(
  db: Db,
  clientId: string,
  year: number,
  opts: QuotaOptions = {},
): QuotaSummary & {
  rule: ReturnType<typeof toRule>;
  ruleMinutes: RuleMinutes;
  remainingMinutes: number;
} {
  const members = personMembers(db, clientId);
  const root = members[0] ?? clientId;
  const category =
    (db.prepare('SELECT category_code FROM client WHERE id = ?').pluck().get(root) as
      string | null | undefined) ?? null;
  const rule = ruleFor(rulesForYear(db, year).rules, category);
  const settings = readSessionSettings(db);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const inMembers = marks(members.length);
  const count = (minutes: number) => countedMinutes(minutes, rule.unitMinutes, rule.rounding);

  // A report names the client, or only the case (whose client is the person's).
  const reportRows = db
    .prepare(
      `SELECT r.minutes, r.provider_id, r.local_date FROM provider_report r
       WHERE r.local_date BETWEEN ? AND ? AND (r.client_id IN (${inMembers})
         OR (r.client_id IS NULL AND r.case_id IN (SELECT id FROM case_file WHERE client_id IN (${inMembers}))))`,
    )
    .all(from, to, ...members, ...members) as {
    minutes: number;
    provider_id: string;
    local_date: string;
  }[];
  // A provider's appointment still marked booked on a day that provider has reported for the
  // person is the reported session itself: the report counts it, the booking must not as well.
  const reported = new Set(reportRows.map((r) => `${r.provider_id}|${r.local_date}`));

  let sessions = 0;
  let late = 0;
  let noShow = 0;
  let provider = 0;
  let booked = 0;
  let selfPaid = 0;
  const caseIds = db
    .prepare(`SELECT id FROM case_file WHERE client_id IN (${inMembers})`)
    .pluck()
    .all(...members) as string[];
  if (caseIds.length > 0) {
    const inCases = marks(caseIds.length);
    const sessionRows = db
      .prepare(
        `SELECT minutes, self_paid FROM counselling_session WHERE case_id IN (${inCases}) AND local_date BETWEEN ? AND ?`,
      )
      .all(...caseIds, from, to) as { minutes: number; self_paid: number }[];
    for (const s of sessionRows) {
      if (s.self_paid) selfPaid += count(s.minutes);
      else sessions += count(s.minutes);
    }
    const apptRows = db
      .prepare(
        `SELECT id, minutes, status, self_paid, provider_id, local_date FROM appointment
         WHERE case_id IN (${inCases}) AND local_date BETWEEN ? AND ? AND status IN ('booked', 'cancelledLate', 'noShow')`,
      )
      .all(...caseIds, from, to) as {
      id: string;
      minutes: number;
      status: string;
      self_paid: number;
      provider_id: string | null;
      local_date: string;
    }[];
    for (const a of apptRows) {
      if (a.id === opts.excludeAppointmentId) continue;
      const m = count(a.minutes);
      if (a.status === 'booked') {
        const coveredByReport =
          a.provider_id !== null && reported.has(`${a.provider_id}|${a.local_date}`);
        if (!a.self_paid && !coveredByReport) booked += m;
      } else if (
        a.status === 'cancelledLate' ? settings.lateCancellationCounts : settings.noShowCounts
      ) {
        if (a.self_paid) selfPaid += m;
        else if (a.status === 'cancelledLate') late += m;
        else noShow += m;
      }
    }
  }
  for (const r of reportRows) provider += count(r.minutes);

  const ext = db
    .prepare(
      `SELECT COALESCE(SUM(CASE WHEN status = 'approved' THEN approved_minutes END), 0) AS approved,
              COALESCE(SUM(CASE WHEN status = 'pending' THEN minutes END), 0) AS pending
       FROM quota_extension WHERE plan_year = ? AND client_id IN (${inMembers})`,
    )
    .get(year, ...members) as { approved: number; pending: number };
  const approved = Math.min(ext.approved, rule.extensionMinutes);
  const allowance = rule.baseMinutes + approved;
  const used = sessions + late + noShow + provider;
  const remaining = Math.max(0, allowance - used - booked);
  const h = (m: number) => m / 60;
  return {
    clientId: root,
    year,
    category,
    rule: toRule(rule),
    ruleMinutes: rule,
    entitlementHours: h(rule.baseMinutes),
    extensionApprovedHours: h(approved),
    extensionPendingHours: h(ext.pending),
    usedHours: h(used),
    bookedHours: h(booked),
    remainingHours: h(remaining),
    remainingMinutes: remaining,
    selfPaidHours: h(selfPaid + Math.max(0, used - allowance)),
    byKind: {
      sessionHours: h(sessions),
      lateCancellationHours: h(late),
      noShowHours: h(noShow),
      providerHours: h(provider),
    },
  };
}

/** The output shape only (no internal fields), for quota.forClient. */
export function quotaForClient(db: Db, clientId: string, year: number): QuotaSummary {
  const { ruleMinutes: _r, remainingMinutes: _m, ...summary } = computeQuota(db, clientId, year);
  return summary;
}
