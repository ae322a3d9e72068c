import { describe, expect, it } from 'vitest';
import { expectIndexed, usePlanFixture } from '../sessions/plan-expect';
import { describePlan, type Explained } from '../sessions/plan-kit';
import { caseAppointmentRows, findOverlap } from './appointments.repo';
import { calendar } from './appointments.service';
import { planBooking } from './booking';

/**
 * The calendar, a case's appointments and the double-booking checks find their rows through an
 * index (issue #7; ARCHITECTURE.md §3): no statement they run reads a growing table from end to
 * end, and each range is bounded on both sides, so a week costs the same in the first year and
 * in the tenth. The SQL checked is what the product runs (plan-kit records it).
 */
const fx = usePlanFixture();

const lines = (plans: readonly Explained[]): string => plans.map(describePlan).join('\n');

const DAY = { from: '2025-03-12', to: '2025-03-12' };
const WEEK = { from: '2025-03-10', to: '2025-03-16' };

describe('appointment query plans', () => {
  it("a counsellor's day and week: one range of the counsellor's index", async () => {
    await fx().t.withDb((db) => {
      for (const range of [DAY, WEEK]) {
        const plans = expectIndexed(db, (r) =>
          calendar(r, { counsellorId: fx().t.counsellor.id, ...range }),
        );
        const week = lines(plans);
        // Index-only and in order (migration 0070): no table page per appointment, no sort step.
        expect(week).toMatch(
          /SEARCH ap USING COVERING INDEX appointment_counsellor_calendar \(counsellor_id=\? AND starts_at>\? AND starts_at<\?\)/,
        );
        expect(week).toMatch(/SEARCH k USING COVERING INDEX case_file_number_client \(id=\?\)/);
        expect(week).toMatch(/SEARCH c USING COVERING INDEX client_id_name \(id=\?\)/);
        // The recorded session's id is on the appointment's row: no lookup into the sessions.
        expect(week).not.toMatch(/counselling_session/);
        expect(week).not.toMatch(/TEMP B-TREE/);
      }
    });
  });

  it("a provider's day and week, with or without one of its counsellors: one range of the provider's index", async () => {
    await fx().t.withDb((db) => {
      for (const range of [DAY, WEEK]) {
        for (const who of [
          { providerId: fx().t.providerId },
          { providerId: fx().t.providerId, providerCounsellorId: fx().providerCounsellorId },
        ]) {
          const plans = expectIndexed(db, (r) => calendar(r, { ...who, ...range }));
          expect(lines(plans)).toMatch(
            /SEARCH ap USING (COVERING )?INDEX \w+ \(provider_id=\? AND starts_at>\? AND starts_at<\?\)/,
          );
        }
      }
    });
  });

  it("a case's appointments: the case's index", async () => {
    await fx().t.withDb((db) => {
      const plans = expectIndexed(db, (r) => caseAppointmentRows(r, fx().caseIds[0]));
      expect(lines(plans)).toMatch(
        /SEARCH ap USING (COVERING )?INDEX appointment_case \(case_id=\?\)/,
      );
    });
  });

  it('the double-booking checks: a short time range of the counsellor, provider counsellor and case indexes', async () => {
    await fx().t.withDb((db) => {
      const at = Date.UTC(2025, 2, 12, 2, 0);
      const plans = expectIndexed(db, (r) =>
        [
          { counsellorId: fx().t.counsellor.id, providerCounsellorId: null, caseIds: [] },
          { counsellorId: null, providerCounsellorId: fx().providerCounsellorId, caseIds: [] },
          { counsellorId: null, providerCounsellorId: null, caseIds: fx().caseIds },
        ].map((who) =>
          findOverlap(r, { startsAt: at, endsAt: at + 3_600_000, excludeId: null, ...who }),
        ),
      );
      expect(plans).toHaveLength(3);
      const [counsellor, providerCounsellor, client] = plans.map((e) => e.plan.join(' | '));
      expect(counsellor).toMatch(
        /COVERING INDEX \w+ \(counsellor_id=\? AND starts_at>\? AND starts_at<\?\)/,
      );
      expect(providerCounsellor).toMatch(
        /\(provider_counsellor_id=\? AND starts_at>\? AND starts_at<\?\)/,
      );
      expect(client).toMatch(/\(case_id=\? AND starts_at>\? AND starts_at<\?\)/);
    });
  });

  it('booking and moving (the person, the overlap checks and the quota) use indexes throughout', async () => {
    await fx().t.withDb((db) => {
      for (const excludeId of [null, fx().appointmentId]) {
        const plans = expectIndexed(db, (r) =>
          planBooking(r, {
            clientId: fx().mergedClientId,
            counsellorId: fx().t.counsellor.id,
            providerCounsellorId: null,
            time: { date: '2025-03-20', start: '10:00', minutes: 50 },
            selfPaidConfirmed: true,
            excludeId,
            now: 0,
          }),
        );
        expect(lines(plans)).toMatch(/counsellor_id=\? AND starts_at>\? AND starts_at<\?/);
      }
    });
  });
});
