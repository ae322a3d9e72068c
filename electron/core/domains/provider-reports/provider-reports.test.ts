import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toIpcChunks } from '../../../../shared/domain/csv-chunks';
import { testName } from '../cases/intake-kit';
import { createSessionKit, type SessionKit } from '../sessions/session-kit';

let t: SessionKit;
beforeAll(async () => {
  t = await createSessionKit();
  await t.loginAs('admin');
  await t.kit.ok('providers.update', { id: t.providerId, hourlyRate: 1600 });
  await t.loginAs('desk');
});
afterAll(() => t.kit.dispose());

type ImportResult = {
  dryRun: boolean;
  written: boolean;
  rows: number;
  totalHours: number;
  matches: { line: number; clientId: string | null; how: string }[];
  errors: { line: number; key: string }[];
};

describe('provider-reported hours', () => {
  it('count towards the quota, once per person after a merge', async () => {
    const name = testName(3);
    const a = await t.newCase({ name });
    const dup = await t.newClient({ name, phone: '0912-345-678' });
    await t.kit.ok('providerReports.record', {
      providerId: t.providerId,
      caseId: a.caseId,
      date: '2025-02-10',
      hours: 1.5,
    });
    await t.kit.ok('providerReports.record', {
      providerId: t.providerId,
      clientId: dup,
      date: '2025-02-20',
      hours: 1,
      providerReference: 'INV-7',
    });
    await t.kit.ok('quota.requestExtension', {
      clientId: dup,
      year: 2025,
      hours: 1,
      reason: '個案直接洽詢特約機構',
    });
    expect(await t.quota(a.clientId, 2025)).toMatchObject({
      usedHours: 1.5,
      byKind: { providerHours: 1.5 },
    });
    const mismatch = await t.kit.call('providerReports.record', {
      providerId: t.providerId,
      caseId: a.caseId,
      clientId: dup,
      date: '2025-02-21',
      hours: 1,
    });
    expect(!mismatch.ok && mismatch.error.issues?.[0]?.key).toBe('validation.clientMismatch');
    await t.kit.ok('clients.merge', { keepId: a.clientId, mergeId: dup });
    const after = await t.quota(a.clientId, 2025);
    expect(after).toMatchObject({
      usedHours: 2.5,
      remainingHours: 0.5,
      extensionPendingHours: 1,
      byKind: { providerHours: 2.5 },
    });
    // Asking by the merged record answers for the same person, not a second count.
    expect(await t.quota(dup, 2025)).toEqual(after);
    // Beyond the subsidy, hours become self-paid.
    await t.kit.ok('providerReports.record', {
      providerId: t.providerId,
      clientId: a.clientId,
      date: '2025-03-01',
      hours: 1.5,
    });
    expect(await t.quota(a.clientId, 2025)).toMatchObject({
      usedHours: 4,
      remainingHours: 0,
      selfPaidHours: 1,
    });
  });

  it('imports a provider CSV: dry run reports matches, errors name lines, nothing is written on error', async () => {
    const known = testName(3);
    const byPhone = testName(3);
    const stranger = testName(3);
    const knownId = await t.newClient({ name: known });
    const phoneId = await t.newClient({ name: byPhone, phone: '(02) 2422-0295' });
    const head = '日期,姓名,機關,人員類別,時數,參考編號,電話\n';
    const good = `${head}114/04/02,${known},T001,,1.5,R1,\n2025-04-15,${byPhone}x,,,1,R2,0224220295\n2025-05-03,${stranger},測試局,公務人員,2,R3,\n2025-06-30,${stranger},T001,,0.5,R4,\n`;
    const bad = `${good}2025-07-01,${stranger},T001,,1,R5,\n2025-05-05,,T009,,0.7,,\n`;
    const call = (text: string, dryRun: boolean) =>
      t.kit.ok<ImportResult>('providerReports.importCsv', {
        providerId: t.providerId,
        period: '2025-Q2',
        chunks: toIpcChunks(text),
        dryRun,
      });

    const failed = await call(bad, false);
    expect(failed.written).toBe(false);
    expect(failed.errors.map((e) => `${e.line}:${e.key}`)).toEqual([
      '6:validation.csv.reportDate',
      '7:validation.csv.clientName',
      '7:validation.csv.hours',
      '7:validation.csv.agencyUnknown',
    ]);
    const dry = await call(good, true);
    expect(dry).toMatchObject({ dryRun: true, written: false, rows: 4, totalHours: 5 });
    expect(dry.matches.map((m) => [m.line, m.how, m.clientId])).toEqual([
      [2, 'nameAgency', knownId],
      [3, 'phone', phoneId],
      [4, 'new', null],
      [5, 'new', null],
    ]);
    const before = await t.kit.ok<{ reports: unknown[] }>('providerReports.list', {
      providerId: t.providerId,
      from: '2025-04-01',
      to: '2025-06-30',
    });
    expect(before.reports).toHaveLength(0);

    expect(await call(good, false)).toMatchObject({ written: true, rows: 4 });
    const list = await t.kit.ok<{
      reports: {
        client: { id: string; name: string } | null;
        needsReview: boolean;
        period: string | null;
      }[];
    }>('providerReports.list', { providerId: t.providerId, from: '2025-04-01', to: '2025-06-30' });
    expect(list.reports).toHaveLength(4);
    const added = list.reports.filter((r) => r.needsReview);
    expect(added).toHaveLength(2);
    // One new person for the two lines that name them.
    expect(new Set(added.map((r) => r.client?.id)).size).toBe(1);
    expect(added[0]?.client?.name).toBe(stranger);
    expect(await t.quota(knownId, 2025)).toMatchObject({ byKind: { providerHours: 1.5 } });
    expect(await t.quota(added[0]!.client!.id, 2025)).toMatchObject({ usedHours: 2.5 });
  });

  it('reports hours per counsellor and provider for a month, with the invoice amount and no client names', async () => {
    const name = testName(3);
    const c = await t.newCase({ name });
    await t.loginAs('counsellor');
    await t.kit.ok('sessions.record', {
      caseId: c.caseId,
      date: '2025-03-04',
      start: '10:00',
      end: '10:50',
      mode: 'video',
      riskLevel: 'general',
    });
    await t.loginAs('desk');
    const feb = await t.kit.ok<{
      providers: { hours: number; amount: number | null; hourlyRate: number | null }[];
      counsellors: unknown[];
      totalHours: number;
    }>('reports.counsellorHours', { year: 2025, month: 2 });
    expect(feb.providers).toEqual([
      expect.objectContaining({ hours: 2.5, hourlyRate: 1600, amount: 4000 }),
    ]);
    const mar = await t.kit.ok<{
      counsellors: { counsellor: { id: string }; sessions: number; hours: number }[];
    }>('reports.counsellorHours', { year: 2025, month: 3 });
    expect(mar.counsellors.map((r) => [r.counsellor.id, r.sessions, r.hours])).toEqual([
      [t.counsellor.id, 1, 1],
    ]);
    expect(JSON.stringify([feb, mar])).not.toContain(name);
    expect(JSON.stringify([feb, mar])).not.toContain('clientId');
  });
});
