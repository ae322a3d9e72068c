import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, firstLogin } from '../../testing/core-kit';
import { createSessionKit, type SessionKit } from './session-kit';

let t: SessionKit;
type User = { id: string; username: string; passphrase: string };
const extra: Record<'other' | 'supervisor' | 'statistics' | 'noKey', User> = {} as never;

beforeAll(async () => {
  t = await createSessionKit();
  await t.loginAs('admin');
  const made = {
    other: await createUser(t.kit, 'counsellor'),
    supervisor: await createUser(t.kit, 'counsellor', { clinicalSupervisor: true }),
    statistics: await createUser(t.kit, 'statistics'),
    noKey: await createUser(t.kit, 'counsellor'),
  };
  for (const [k, u] of Object.entries(made)) {
    await t.kit.call('auth.logout');
    extra[k as keyof typeof extra] = { ...u, passphrase: await firstLogin(t.kit, u) };
  }
  // The counsellor grants CNK to the other counsellor and the supervisor, not to noKey.
  await t.loginAs('counsellor');
  await t.kit.ok('clinical.grant', { id: extra.other.id });
  await t.kit.ok('clinical.grant', { id: extra.supervisor.id });
  await t.loginAs('desk');
});
afterAll(() => t.kit.dispose());

const loginAs = async (u: User) => {
  await t.kit.call('auth.logout');
  await t.kit.ok('auth.login', { username: u.username, passphrase: u.passphrase });
};
const record = (input: Record<string, unknown>) =>
  t.kit.call<{ id: string; countedHours: number }>('sessions.record', {
    date: '2025-03-05',
    start: '08:00',
    end: '08:50',
    mode: 'inPerson',
    riskLevel: 'general',
    ...input,
  });

describe('recording sessions', () => {
  it('completes the appointment, counts rounded hours and updates the risk level the desk sees', async () => {
    const c = await t.newCase();
    const b = await t.book(c.caseId, '2025-03-05', '14:00', '14:50');
    if (!b.ok) throw new Error('booking failed');
    await t.loginAs('counsellor');
    const res = await record({
      appointmentId: b.value.id,
      date: '2025-03-05',
      start: '14:00',
      end: '14:50',
      riskLevel: 'concern',
      topics: ['stress'],
      nextStep: '再約一次',
    });
    expect(res.ok && res.value.countedHours).toBe(1);
    await t.loginAs('desk');
    const { case: k } = await t.kit.ok<{
      case: { riskLevel: string; riskHistory: { level: string }[] };
    }>('cases.get', { id: c.caseId });
    expect(k.riskLevel).toBe('concern');
    expect(k.riskHistory.map((r) => r.level)).toContain('concern');
    const appts = await t.kit.ok<{ appointments: { status: string; sessionId: string | null }[] }>(
      'appointments.forCase',
      { caseId: c.caseId },
    );
    expect(appts.appointments[0]).toMatchObject({
      status: 'completed',
      sessionId: res.ok ? res.value.id : '',
    });
    expect(await t.quota(c.clientId)).toMatchObject({
      usedHours: 1,
      bookedHours: 0,
      remainingHours: 2,
      byKind: { sessionHours: 1 },
    });
  });

  it('records recording wishes only as the client asked and the counsellor agreed', async () => {
    const c = await t.newCase();
    await t.loginAs('counsellor');
    const bad = await record({ caseId: c.caseId, recordingAgreed: true });
    expect(!bad.ok && bad.error.issues?.[0]).toMatchObject({
      path: ['recordingAgreed'],
      key: 'validation.recordingNotRequested',
    });
    expect(
      (await record({ caseId: c.caseId, recordingRequested: true, recordingAgreed: false })).ok,
    ).toBe(true);
    const future = await record({ caseId: c.caseId, date: '2025-03-06' });
    expect(!future.ok && future.error.issues?.[0]?.key).toBe('validation.dateInFuture');
    await t.loginAs('desk');
  });
});

describe('clinical notes', () => {
  const CANARY = `CANARY-NOTE-${Math.random().toString(36).slice(2)} 案主提及睡眠困擾`;
  let sessionId = '';
  let caseId = '';
  let clientId = '';

  beforeAll(async () => {
    const c = await t.newCase();
    caseId = c.caseId;
    clientId = c.clientId;
    await t.loginAs('counsellor');
    const res = await record({ caseId, note: CANARY });
    if (!res.ok) throw new Error(res.error.key);
    sessionId = res.value.id;
    await t.kit.ok('sessions.amendNote', { sessionId, note: `${CANARY} 補充`, reason: '補記' });
    await t.loginAs('desk');
  });

  it('keeps the original when amended, with who and when, and audits every read', async () => {
    await t.loginAs('counsellor');
    const missingReason = await t.kit.call('sessions.amendNote', { sessionId, note: 'x' });
    expect(!missingReason.ok && missingReason.error.issues?.[0]?.path).toEqual(['reason']);
    const read = await t.kit.ok<{
      versions: {
        version: number;
        note: string;
        reason: string | null;
        writtenBy: { id: string };
      }[];
    }>('sessions.readNote', { sessionId });
    expect(read.versions.map((v) => [v.version, v.note, v.reason])).toEqual([
      [1, CANARY, null],
      [2, `${CANARY} 補充`, '補記'],
    ]);
    expect(read.versions.every((v) => v.writtenBy.id === t.counsellor.id)).toBe(true);
    await loginAs(extra.supervisor);
    expect(
      (await t.kit.ok<{ versions: unknown[] }>('sessions.readNote', { sessionId })).versions,
    ).toHaveLength(2);
    const reads = await t.auditActions('clinical.noteRead');
    expect(reads.filter((e) => e.objectId === sessionId)).toHaveLength(2);
    expect(JSON.stringify(reads)).not.toContain('CANARY');
  });

  it('refuses desk, administrator, statistics, an unassigned counsellor and a counsellor without the key', async () => {
    for (const who of ['desk', 'admin'] as const) {
      await t.loginAs(who);
      const res = await t.kit.call('sessions.readNote', { sessionId });
      expect(!res.ok && res.error.code, who).toBe('FORBIDDEN');
    }
    await loginAs(extra.statistics);
    const stats = await t.kit.call('sessions.readNote', { sessionId });
    expect(!stats.ok && stats.error.code).toBe('FORBIDDEN');
    await loginAs(extra.other);
    const other = await t.kit.call('sessions.readNote', { sessionId });
    expect(!other.ok && other.error.code).toBe('FORBIDDEN');
    // Assigned but without CNK: the key is what is missing.
    await t.loginAs('desk');
    await t.kit.ok('cases.update', { id: caseId, counsellorId: extra.noKey.id });
    await loginAs(extra.noKey);
    const noKey = await t.kit.call('sessions.readNote', { sessionId });
    expect(!noKey.ok && noKey.error).toMatchObject({ code: 'FORBIDDEN', key: 'errors.keyNotHeld' });
    const noKeyWrite = await record({ caseId, note: 'x' });
    expect(!noKeyWrite.ok && noKeyWrite.error.key).toBe('errors.keyNotHeld');
    await t.loginAs('desk');
    await t.kit.ok('cases.update', { id: caseId, counsellorId: t.counsellor.id });
  });

  it('never appears in any non-clinical channel output', async () => {
    const outputs: unknown[] = [];
    const take = async (channel: string, input: unknown) =>
      outputs.push(await t.kit.ok(channel, input));
    for (const who of ['desk', 'counsellor'] as const) {
      await t.loginAs(who);
      await take('sessions.list', { caseId });
      await take('appointments.forCase', { caseId });
      await take('appointments.calendar', {
        counsellorId: t.counsellor.id,
        from: '2025-03-01',
        to: '2025-03-31',
      });
      await take('quota.forClient', { clientId, year: 2025 });
      await take('quota.rules', { year: 2025 });
      await take('providerReports.list', { from: '2025-01-01', to: '2025-12-31' });
      await take('reports.counsellorHours', { year: 2025, month: 3 });
      await take('cases.get', { id: caseId });
    }
    await take('quota.pendingExtensions', {});
    await take('drafts.get', { formKey: 'cases.intake' });
    const list = outputs[0] as {
      sessions: { id: string; hasNote: boolean; noteVersions: number }[];
    };
    expect(list.sessions.find((s) => s.id === sessionId)).toMatchObject({
      hasNote: true,
      noteVersions: 2,
    });
    const text = JSON.stringify(outputs);
    expect(text).not.toContain('CANARY');
    expect(text).not.toContain('睡眠困擾');
    await t.loginAs('desk');
  });

  it('stores only sealed bytes: the plaintext is not in the row', async () => {
    const rows = await t.withDb(
      (db) =>
        db.prepare('SELECT sealed FROM session_note WHERE session_id = ?').all(sessionId) as {
          sealed: Buffer;
        }[],
    );
    expect(rows).toHaveLength(2);
    for (const { sealed } of rows) {
      expect(Buffer.isBuffer(sealed)).toBe(true);
      expect(sealed.includes(Buffer.from('CANARY', 'utf8'))).toBe(false);
      expect(sealed.includes(Buffer.from('睡眠困擾', 'utf8'))).toBe(false);
    }
  });
});
