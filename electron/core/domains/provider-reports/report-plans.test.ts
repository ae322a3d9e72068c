import { describe, expect, it } from 'vitest';
import { expectIndexed, usePlanFixture } from '../sessions/plan-expect';
import { describePlan, type Explained } from '../sessions/plan-kit';
import { counsellorHours } from './hours-report';
import { listReports } from './provider-reports.service';

/**
 * The monthly hours report and the provider report list read one month's range of a date index
 * (or one provider's), never the whole session or report table (issue #7).
 */
const fx = usePlanFixture();

const all = (plans: readonly Explained[]): string => plans.map(describePlan).join('\n');

describe('report query plans', () => {
  it('hours per counsellor and per provider in a month: a date range of each table', async () => {
    await fx().t.withDb((db) => {
      const plans = expectIndexed(db, (r) => counsellorHours(r, 2025, 3));
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
    await fx().t.withDb((db) => {
      const month = { from: '2025-03-01', to: '2025-03-31' };
      const every = expectIndexed(db, (r) => listReports(r, month));
      expect(all(every)).toMatch(
        /SEARCH r USING INDEX provider_report_date \(local_date>\? AND local_date<\?\)/,
      );
      expect(all(every)).not.toMatch(/TEMP B-TREE/);
      const one = expectIndexed(db, (r) =>
        listReports(r, { ...month, providerId: fx().t.providerId }),
      );
      expect(all(one)).toMatch(
        /SEARCH r USING INDEX provider_report_provider \(provider_id=\? AND local_date>\? AND local_date<\?\)/,
      );
      expect(listReports(db, month)).toHaveLength(1);
      expect(listReports(db, { ...month, providerId: fx().t.providerId })).toHaveLength(1);
    });
  });
});
