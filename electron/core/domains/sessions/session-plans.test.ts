import { describe, expect, it } from 'vitest';
import { expectIndexed, usePlanFixture } from './plan-expect';
import { explainAll, fullScans } from './plan-kit';
import { caseSessions, getSession, noteVersions, sessionTopics } from './sessions.repo';

/** A case's sessions, one session and its notes are index lookups (issue #7), never a full scan. */
const fx = usePlanFixture();

describe('session query plans', () => {
  it('the checker itself flags a whole-table read, and not an index lookup', async () => {
    await fx().t.withDb((db) => {
      const [scan, lookup] = explainAll(db, [
        { sql: 'SELECT s.id FROM counselling_session s WHERE s.minutes > ?', params: [0] },
        { sql: 'SELECT s.id FROM counselling_session s WHERE s.case_id = ?', params: ['x'] },
      ]);
      expect(fullScans(db, scan!)).toEqual(['SCAN s']);
      expect(fullScans(db, lookup!)).toEqual([]);
    });
  });

  it("a case's sessions: the case's index", async () => {
    await fx().t.withDb((db) => {
      const plans = expectIndexed(db, (r) => caseSessions(r, fx().caseIds[0]));
      expect(caseSessions(db, fx().caseIds[0]).map((s) => s.id)).toEqual([fx().sessionId]);
      expect(plans[0]!.plan.join(' | ')).toMatch(
        /SEARCH s USING INDEX counselling_session_case \(case_id=\?\)/,
      );
      expect(plans[0]!.plan.join(' | ')).toMatch(
        /SEARCH n USING COVERING INDEX sqlite_autoindex_session_note_\d \(session_id=\?\)/,
      );
    });
  });

  it('one session, its topics and its note versions: by id', async () => {
    await fx().t.withDb((db) => {
      expectIndexed(db, (r) => [
        getSession(r, fx().sessionId),
        sessionTopics(r, fx().sessionId),
        noteVersions(r, fx().sessionId),
      ]);
    });
  });
});
