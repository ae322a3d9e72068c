import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { createPlanFixture, type PlanFixture } from './plan-fixture';
import { describePlan, explainAll, fullScans, recordQueries, type Explained } from './plan-kit';
import { caseSessions, getSession, noteVersions, sessionTopics } from './sessions.repo';

/** A case's sessions, one session and its notes are index lookups (issue #7), never a full scan. */
let f: PlanFixture;
beforeAll(async () => {
  f = await createPlanFixture();
}, 60_000);
afterAll(() => f.t.kit.dispose());

function checked(db: Db, call: (db: Db) => unknown): Explained[] {
  const { ran } = recordQueries(db, call);
  expect(ran.length).toBeGreaterThan(0);
  const plans = explainAll(db, ran);
  for (const e of plans) expect(fullScans(db, e), describePlan(e)).toEqual([]);
  return plans;
}

describe('session query plans', () => {
  it('the checker itself flags a whole-table read, and not an index lookup', async () => {
    await f.t.withDb((db) => {
      const [scan, lookup] = explainAll(db, [
        { sql: 'SELECT s.id FROM counselling_session s WHERE s.minutes > ?', params: [0] },
        { sql: 'SELECT s.id FROM counselling_session s WHERE s.case_id = ?', params: ['x'] },
      ]);
      expect(fullScans(db, scan!)).toEqual(['SCAN s']);
      expect(fullScans(db, lookup!)).toEqual([]);
    });
  });

  it("a case's sessions: the case's index", async () => {
    await f.t.withDb((db) => {
      const plans = checked(db, (r) => caseSessions(r, f.caseIds[0]));
      expect(caseSessions(db, f.caseIds[0]).map((s) => s.id)).toEqual([f.sessionId]);
      expect(plans[0]!.plan.join(' | ')).toMatch(
        /SEARCH s USING INDEX counselling_session_case \(case_id=\?\)/,
      );
      expect(plans[0]!.plan.join(' | ')).toMatch(
        /SEARCH n USING COVERING INDEX sqlite_autoindex_session_note_\d \(session_id=\?\)/,
      );
    });
  });

  it('one session, its topics and its note versions: by id', async () => {
    await f.t.withDb((db) => {
      checked(db, (r) => [
        getSession(r, f.sessionId),
        sessionTopics(r, f.sessionId),
        noteVersions(r, f.sessionId),
      ]);
    });
  });
});
