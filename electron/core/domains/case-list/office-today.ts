import type { Db } from '../../db/open';
import { officeDate } from '../appointments/office-time';
import { readSessionSettings } from '../quota/quota-settings';

/**
 * "Today" for overdue follow-ups: the office's calendar day at the injected clock's instant, in
 * the office's time zone (an organisation setting, Asia/Taipei by default) — not the PC's zone,
 * which may be UTC. A follow-up due today is not overdue until the office's midnight.
 */
export function officeToday(db: Db, nowMs: number): string {
  return officeDate(nowMs, readSessionSettings(db).timeZone);
}
