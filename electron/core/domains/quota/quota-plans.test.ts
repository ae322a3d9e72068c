import { describe, expect, it } from 'vitest';
import { requireClient } from '../clients/clients.service';
import { expectIndexed, usePlanFixture } from '../sessions/plan-expect';
import type { Explained } from '../sessions/plan-kit';
import { pendingExtensions } from './extensions';
import { quotaForClient } from './quota.calc';

/**
 * quota.forClient and the pending extensions find their rows through indexes (issue #7): every
 * statement they run — the person's records, their cases, sessions, appointments, provider
 * report lines and extensions — looks up by the person's ids, never reads a growing table whole.
 */
const fx = usePlanFixture();

const planOf = (plans: readonly Explained[], table: RegExp): string =>
  plans
    .filter((e) => table.test(e.sql))
    .map((e) => e.plan.join(' | '))
    .join('\n');

describe('quota query plans', () => {
  it("a client's quota: the person's records, cases, sessions, appointments, reports and extensions by index", async () => {
    await fx().t.withDb((db) => {
      for (const clientId of [fx().clientId, fx().mergedClientId]) {
        const plans = expectIndexed(db, (r) => {
          requireClient(r, clientId);
          return quotaForClient(r, clientId, 2025);
        });
        expect(quotaForClient(db, clientId, 2025).byKind.providerHours).toBe(1);
        expect(planOf(plans, /FROM client c JOIN m/)).toMatch(
          /SEARCH c USING INDEX client_merged \(merged_into=\?\)/,
        );
        expect(planOf(plans, /^SELECT id FROM case_file/)).toMatch(
          /SEARCH case_file USING (COVERING )?INDEX case_client \(client_id=\?\)/,
        );
        expect(planOf(plans, /FROM counselling_session/)).toMatch(
          /SEARCH counselling_session USING INDEX counselling_session_case \(case_id=\? AND local_date>\? AND local_date<\?\)/,
        );
        expect(planOf(plans, /FROM appointment\s/)).toMatch(
          /SEARCH appointment USING INDEX appointment_case \(case_id=\?\)/,
        );
        const reports = planOf(plans, /FROM provider_report/);
        expect(reports).toMatch(/MULTI-INDEX OR/);
        expect(reports).toMatch(/SEARCH r USING INDEX provider_report_client \(client_id=\?/);
        expect(reports).toMatch(/SEARCH r USING INDEX provider_report_case \(case_id=\?/);
        expect(planOf(plans, /FROM quota_extension/)).toMatch(
          /SEARCH quota_extension USING INDEX quota_extension_client \(client_id=\? AND plan_year=\?\)/,
        );
      }
    });
  });

  it('the pending extensions: the partial index of pending requests, in request order', async () => {
    await fx().t.withDb((db) => {
      const plans = expectIndexed(db, (r) => pendingExtensions(r));
      expect(pendingExtensions(db)).toHaveLength(1);
      const plan = plans[0]!.plan.join(' | ');
      expect(plan).toMatch(/SEARCH e USING INDEX quota_extension_pending \(status=\?\)/);
      // In request order from the index: at most ties of the same instant are sorted (by id).
      expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    });
  });
});
