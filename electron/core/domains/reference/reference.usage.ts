import type { RefList } from '../../../../shared/domain/reference-lists';
import type { Db } from '../../db/open';

/**
 * Where each list's codes are stored. A code found in any of these is "in use": it can be
 * deactivated (it leaves pick-lists, stays readable on old records) but never deleted, since a
 * deleted code would leave old cases and statistics pointing at nothing. A domain that stores a
 * new kind of code (referrals, sessions, activities) adds its column here.
 */
const USES: Readonly<Record<RefList, readonly string[]>> = {
  staffCategory: [
    'SELECT 1 FROM client WHERE category_code = @code',
    'SELECT 1 FROM case_file WHERE category_code = @code',
    'SELECT 1 FROM contact WHERE category_code = @code',
    'SELECT 1 FROM agency_headcount WHERE category_code = @code',
    'SELECT 1 FROM quota_rule, json_each(quota_rule.categories) AS q WHERE q.value = @code',
  ],
  // A facet with topics (active or not) is in use too: the topics would lose their parent.
  facet: [
    'SELECT 1 FROM case_facet WHERE code = @code',
    'SELECT 1 FROM contact WHERE facet_code = @code',
    "SELECT 1 FROM ref_item WHERE list = 'topic' AND parent_code = @code",
  ],
  topic: [
    'SELECT 1 FROM case_topic WHERE code = @code',
    'SELECT 1 FROM session_topic WHERE code = @code',
  ],
  serviceItem: [
    'SELECT 1 FROM case_file WHERE service_item_code = @code',
    'SELECT 1 FROM contact WHERE service_item_code = @code',
  ],
  presentingIssue: ['SELECT 1 FROM case_issue WHERE code = @code'],
  channel: [
    'SELECT 1 FROM case_file WHERE channel_code = @code',
    'SELECT 1 FROM contact WHERE channel_code = @code',
  ],
  caseSource: ['SELECT 1 FROM case_file WHERE source_code = @code'],
  closingReason: [
    'SELECT 1 FROM case_file WHERE closing_reason_code = @code',
    'SELECT 1 FROM case_status_change WHERE reason_code = @code',
  ],
  specialGroup: [
    'SELECT 1 FROM client, json_each(client.special_groups) AS g WHERE g.value = @code',
  ],
};

export function referenceInUse(db: Db, list: RefList, code: string): boolean {
  const sql = `SELECT EXISTS (${USES[list].join(' UNION ALL ')}) AS used`;
  return (db.prepare(sql).get({ code }) as { used: number }).used === 1;
}
