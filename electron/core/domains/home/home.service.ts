import type { z } from 'zod';
import { HOME_LIST_MAX, type homeSummaryOutput } from '../../../../shared/ipc/schemas/case-list';
import type { Db } from '../../db/open';
import { caseRowsByIds } from '../case-list/case-list.repo';
import { toListRow } from '../case-list/case-list.service';

/**
 * The home page's follow-ups (Taoyuan's case tracking: overdue ones are shown to their owner):
 * the signed-in person's open cases — as desk owner or as counsellor — whose next follow-up is
 * before today (most overdue first) or today. One arm per role so each walks its own index
 * (person, status, next_follow_up) as ranges; UNION counts a case once when the person holds both
 * roles. `status IN ('intake', 'active')` rather than `<> 'closed'`, so it is a range too.
 */
export const OVERDUE = 'c.next_follow_up < @day';
export const DUE_TODAY = 'c.next_follow_up = @day';

const mine = (condition: string): string =>
  `SELECT c.id, c.next_follow_up FROM case_file c WHERE c.desk_owner_id = @account AND c.status IN ('intake', 'active') AND ${condition}
   UNION
   SELECT c.id, c.next_follow_up FROM case_file c WHERE c.counsellor_id = @account AND c.status IN ('intake', 'active') AND ${condition}`;

/** Count and first page of one follow-up list; named parameters: account, day, limit (page only). */
export const followUpSql = (condition: string) => ({
  count: `SELECT count(*) FROM (${mine(condition)})`,
  page: `SELECT id FROM (${mine(condition)}) ORDER BY next_follow_up, id LIMIT @limit`,
});

function followUps(db: Db, accountId: string, condition: string, day: string, today: string) {
  const sql = followUpSql(condition);
  const count = db.prepare(sql.count).pluck().get({ account: accountId, day }) as number;
  const ids = db
    .prepare(sql.page)
    .pluck()
    .all({ account: accountId, day, limit: HOME_LIST_MAX }) as string[];
  return { count, cases: caseRowsByIds(db, ids).map((r) => toListRow(r, today)) };
}

export function homeSummary(
  db: Db,
  accountId: string,
  today: string,
): z.output<typeof homeSummaryOutput> {
  return {
    today,
    overdue: followUps(db, accountId, OVERDUE, today, today),
    dueToday: followUps(db, accountId, DUE_TODAY, today, today),
  };
}
