import type { z } from 'zod';
import { countedMinutes } from '../../../../shared/domain/sessions';
import type { counsellorHoursOutput } from '../../../../shared/ipc/schemas/quota';
import type { Db } from '../../db/open';
import { ruleFor, rulesForYear } from '../quota/quota-settings';

/**
 * Hours per in-house counsellor (鐘點費) and per provider (invoices: hours × hourly rate) in a
 * month. Sessions count with the year's catch-all rule's unit and rounding (pay is per held
 * session, whatever the client's category); provider hours as reported. No client names.
 */
export function counsellorHours(
  db: Db,
  year: number,
  month: number,
): z.output<typeof counsellorHoursOutput> {
  const prefix = `${year}-${String(month).padStart(2, '0')}-`;
  const from = `${prefix}01`;
  const to = `${prefix}31`;
  const rule = ruleFor(rulesForYear(db, year).rules, null);
  const sessions = db
    .prepare(
      `SELECT s.counsellor_id, a.display_name, s.minutes FROM counselling_session s JOIN account a ON a.id = s.counsellor_id
       WHERE s.local_date BETWEEN ? AND ?`,
    )
    .all(from, to) as { counsellor_id: string; display_name: string; minutes: number }[];
  const byCounsellor = new Map<string, { name: string; sessions: number; minutes: number }>();
  for (const s of sessions) {
    const e = byCounsellor.get(s.counsellor_id) ?? {
      name: s.display_name,
      sessions: 0,
      minutes: 0,
    };
    e.sessions += 1;
    e.minutes += countedMinutes(s.minutes, rule.unitMinutes, rule.rounding);
    byCounsellor.set(s.counsellor_id, e);
  }
  const providers = db
    .prepare(
      `SELECT p.id, p.name, p.hourly_rate, COUNT(*) AS reports, SUM(r.minutes) AS minutes
       FROM provider_report r JOIN provider p ON p.id = r.provider_id
       WHERE r.local_date BETWEEN ? AND ? GROUP BY p.id ORDER BY p.name, p.id`,
    )
    .all(from, to) as {
    id: string;
    name: string;
    hourly_rate: number | null;
    reports: number;
    minutes: number;
  }[];
  const counsellors = [...byCounsellor.entries()]
    .sort((x, y) => x[1].name.localeCompare(y[1].name, 'zh-TW') || x[0].localeCompare(y[0]))
    .map(([id, e]) => ({
      counsellor: { id, displayName: e.name },
      sessions: e.sessions,
      hours: e.minutes / 60,
    }));
  const providerRows = providers.map((p) => ({
    provider: { id: p.id, name: p.name },
    reports: p.reports,
    hours: p.minutes / 60,
    hourlyRate: p.hourly_rate,
    amount: p.hourly_rate === null ? null : Math.round((p.minutes / 60) * p.hourly_rate),
  }));
  const total =
    counsellors.reduce((n, c) => n + c.hours, 0) + providerRows.reduce((n, p) => n + p.hours, 0);
  return { year, month, counsellors, providers: providerRows, totalHours: total };
}
