import { createSessionKit, type SessionKit } from './session-kit';

/**
 * Test helper (not product code) for the calendar, session, quota and report plan tests: one
 * person on two client records merged into one (so every "any of the person's records" list has
 * more than one entry), each with a case; an in-house appointment with its session and note, a
 * provider appointment with one of the provider's counsellors, a provider report and a pending
 * extension. Names are generated.
 */
export interface PlanFixture {
  readonly t: SessionKit;
  readonly clientId: string;
  readonly mergedClientId: string;
  readonly caseIds: readonly [string, string];
  readonly appointmentId: string;
  readonly sessionId: string;
  readonly providerCounsellorId: string;
}

export async function createPlanFixture(): Promise<PlanFixture> {
  const t = await createSessionKit();
  const a = await t.newCase();
  const b = await t.newCase();
  await t.kit.ok('clients.merge', { keepId: a.clientId, mergeId: b.clientId });

  const booked = await t.book(a.caseId, '2025-03-05', '14:00', '14:50');
  if (!booked.ok) throw new Error(`booking failed: ${booked.error.code}`);
  await t.loginAs('counsellor');
  const { id: sessionId } = await t.kit.ok<{ id: string }>('sessions.record', {
    appointmentId: booked.value.id,
    date: '2025-03-05',
    start: '14:00',
    end: '14:50',
    mode: 'inPerson',
    riskLevel: 'general',
    note: '測試紀錄',
  });

  await t.loginAs('admin');
  const { id: providerCounsellorId } = await t.kit.ok<{ id: string }>('providers.addCounsellor', {
    providerId: t.providerId,
    name: '測試心理師',
  });
  await t.loginAs('desk');
  await t.kit.ok('appointments.book', {
    caseId: b.caseId,
    providerId: t.providerId,
    providerCounsellorId,
    date: '2025-03-12',
    start: '10:00',
    minutes: 50,
    mode: 'video',
  });
  await t.kit.ok('providerReports.record', {
    providerId: t.providerId,
    caseId: b.caseId,
    date: '2025-03-03',
    hours: 1,
  });
  await t.kit.ok('quota.requestExtension', {
    clientId: a.clientId,
    year: 2025,
    hours: 1,
    reason: '評估後需延長',
  });
  return {
    t,
    clientId: a.clientId,
    mergedClientId: b.clientId,
    caseIds: [a.caseId, b.caseId],
    appointmentId: booked.value.id,
    sessionId,
    providerCounsellorId,
  };
}
