import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { createPlanFixture, type PlanFixture } from '../sessions/plan-fixture';
import {
  describePlan,
  explainAll,
  fullScans,
  recordQueries,
  type Explained,
} from '../sessions/plan-kit';
import { counsellorHours } from './hours-report';
import { listReports } from './provider-reports.service';

/**
 * The monthly hours report and the provider report list read one month's range of a date index
 * (or one provider's), never the whole session or report table (issue #7).
 */
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

const all = (plans: readonly Explained[]): string => plans.map(describePlan).join('\n');

describe('report query plans', () => {
  it('hours per counsellor and per provider in a month: a date range of each table', async () => {
    await f.t.withDb((db) => {
      const plans = checked(db, (r) => counsellorHours(r, 2025, 3));
      expect(counsellorHours(db, 2025, 3).totalHours).toBe(2);
      expect(all(plans)).toMatch(
        /SEARCH s USING INDEX counselling_session_date \(local_date>\? AND local_date<\?\)/,
      );
      expect(all(plans)).toMatch(
        /SEARCH r USING INDEX provider_report_(date|provider) \((provider_id=\? AND )?local_date>\? AND local_date<\?\)/,
      );
    });
  });

  it("the report list, for every provider or one: a range of the date or the provider's index", async () => {
    await f.t.withDb((db) => {
      const month = { from: '2025-03-01', to: '2025-03-31' };
      const every = checked(db, (r) => listReports(r, month));
      expect(all(every)).toMatch(
        /SEARCH r USING INDEX provider_report_date \(local_date>\? AND local_date<\?\)/,
      );
      expect(all(every)).not.toMatch(/TEMP B-TREE/);
      const one = checked(db, (r) => listReports(r, { ...month, providerId: f.t.providerId }));
      expect(all(one)).toMatch(
        /SEARCH r USING INDEX provider_report_provider \(provider_id=\? AND local_date>\? AND local_date<\?\)/,
      );
      expect(listReports(db, month)).toHaveLength(1);
      expect(listReports(db, { ...month, providerId: f.t.providerId })).toHaveLength(1);
    });
  });
});
