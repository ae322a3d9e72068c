import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { homeDayOutput } from '../../../../shared/ipc/schemas/home';
import { createUser, firstLogin } from '../../testing/core-kit';
import { DAY_ARMS, daySql, NOTES } from './home-day';
import { createSessionKit, TAIPEI_9AM_2025_03_05, type SessionKit } from '../sessions/session-kit';

/**
 * home.day against the injected clock: today's appointments (everyone's for the desk, a
 * counsellor's own) by the office's calendar day, and a counsellor's notes to finish.
 */

// The office is in Taipei; the machine says UTC. "Today" must follow the office.
process.env.TZ = 'UTC';

type Day = z.output<typeof homeDayOutput>;
const TAIPEI_2359 = Date.UTC(2025, 2, 5, 15, 59, 0);
const TAIPEI_MIDNIGHT = Date.UTC(2025, 2, 5, 16, 0, 0);

let t: SessionKit;
let other: { id: string; username: string; passphrase: string };
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createSessionKit();
  await t.loginAs('admin');
  const o = await createUser(t.kit, 'counsellor');
  await t.kit.ok('auth.logout');
  other = { ...o, passphrase: await firstLogin(t.kit, o) };
  await t.loginAs('desk');
  // One case per appointment: each stays within its client's subsidised hours.
  const mine = async (name: string, date: string, start: string, end: string) => {
    const { caseId } = await t.newCase();
    const b = await t.book(caseId, date, start, end);
    if (!b.ok) throw new Error(`booking ${name} failed: ${b.error.key}`);
    ids[name] = b.value.id;
  };
  await mine('morning', '2025-03-05', '10:00', '10:50');
  await mine('afternoon', '2025-03-05', '15:00', '15:50');
  await mine('noShow', '2025-03-05', '16:00', '16:50');
  await mine('cancelled', '2025-03-05', '14:00', '14:50');
  await mine('lateEvening', '2025-03-05', '23:00', '23:50');
  // 00:30 on the 6th in Taipei is 16:30 on the 5th in UTC: tomorrow, although the PC says today.
  await mine('afterMidnight', '2025-03-06', '00:30', '01:20');
  const { caseId: othersCase } = await t.newCase({}, { counsellorId: other.id });
  ids['others'] = (
    await t.kit.ok<{ id: string }>('appointments.book', {
      caseId: othersCase,
      counsellorId: other.id,
      date: '2025-03-05',
      start: '11:00',
      end: '11:50',
      mode: 'phone',
    })
  ).id;
  const { caseId: providerCase } = await t.newCase();
  ids['provider'] = (
    await t.kit.ok<{ id: string }>('appointments.book', {
      caseId: providerCase,
      providerId: t.providerId,
      date: '2025-03-05',
      start: '13:00',
      minutes: 50,
      mode: 'video',
    })
  ).id;
  await t.kit.ok('appointments.cancel', { id: ids['cancelled'] });
}, 60_000);
afterAll(() => t.kit.dispose());
afterEach(async () => {
  t.kit.clock.set(TAIPEI_9AM_2025_03_05);
  await t.loginAs('desk');
});

const day = () => t.kit.ok<Day>('home.day');
const times = (d: Day) => d.appointments.rows.map((r) => [r.id, r.start]);
const notes = (d: Day) => d.notesToFinish.rows.map((r) => r.id);

describe('home.day', () => {
  it("shows the desk everyone's appointments of the office's day in start order, never cancelled ones", async () => {
    const desk = await day();
    expect(desk.today).toBe('2025-03-05');
    expect(times(desk)).toEqual([
      [ids['morning'], '10:00'],
      [ids['others'], '11:00'],
      [ids['provider'], '13:00'],
      [ids['afternoon'], '15:00'],
      [ids['noShow'], '16:00'],
      [ids['lateEvening'], '23:00'],
    ]);
    expect(desk.appointments.count).toBe(6);
    const provider = desk.appointments.rows.find((r) => r.id === ids['provider']);
    expect(provider).toMatchObject({
      counsellor: null,
      provider: { id: t.providerId },
      mode: 'video',
      status: 'booked',
    });
    const others = desk.appointments.rows.find((r) => r.id === ids['others']);
    expect(others?.counsellor?.id).toBe(other.id);
    expect(others?.clientName).toMatch(/^測試/);
    // The desk has no notes to write.
    expect(desk.notesToFinish).toEqual({ count: 0, rows: [] });
  });

  it('shows a counsellor only their own day, and nothing to finish before an appointment ends', async () => {
    await t.loginAs('counsellor');
    const mine = await day();
    expect(times(mine).map(([id]) => id)).toEqual([
      ids['morning'],
      ids['afternoon'],
      ids['noShow'],
      ids['lateEvening'],
    ]);
    expect(mine.notesToFinish.count).toBe(0);
  });

  it("turns the day at the office's midnight (Asia/Taipei), not the PC's", async () => {
    await t.loginAs('counsellor');
    t.kit.clock.set(TAIPEI_2359);
    const late = await day();
    expect(late.today).toBe('2025-03-05');
    expect(times(late).map(([id]) => id)).toContain(ids['lateEvening']);
    expect(times(late).map(([id]) => id)).not.toContain(ids['afterMidnight']);
    t.kit.clock.set(TAIPEI_MIDNIGHT);
    const next = await day();
    expect(next.today).toBe('2025-03-06');
    expect(times(next)).toEqual([[ids['afterMidnight'], '00:30']]);
  });

  it("lists the counsellor's ended appointments without a session, oldest first, until one is recorded", async () => {
    // A no-show is not a note to write; the counsellor sets it after its start.
    t.kit.clock.set(Date.UTC(2025, 2, 5, 8, 10, 0));
    await t.kit.ok('appointments.setStatus', { id: ids['noShow'], to: 'noShow' });
    // No channel completes an in-house appointment without its session record, but a completed
    // one that lacks it (an import, an older installation) is still a note to write.
    await t.withDb((db) =>
      db.prepare(`UPDATE appointment SET status = 'completed' WHERE id = ?`).run(ids['afternoon']),
    );
    t.kit.clock.set(TAIPEI_MIDNIGHT);
    await t.loginAs('counsellor');
    const before = await day();
    expect(notes(before)).toEqual([ids['morning'], ids['afternoon'], ids['lateEvening']]);
    expect(before.notesToFinish.count).toBe(3);
    expect(before.notesToFinish.rows[0]).toMatchObject({
      date: '2025-03-05',
      start: '10:00',
      status: 'booked',
    });

    await t.kit.ok('sessions.record', {
      appointmentId: ids['morning'],
      date: '2025-03-05',
      start: '10:00',
      end: '10:50',
      mode: 'inPerson',
      riskLevel: 'general',
    });
    const after = await day();
    expect(notes(after)).toEqual([ids['afternoon'], ids['lateEvening']]);

    // The other counsellor's ended appointment is theirs alone to finish.
    await t.kit.call('auth.logout');
    await t.kit.ok('auth.login', { username: other.username, passphrase: other.passphrase });
    expect(notes(await day())).toEqual([ids['others']]);
  });

  it('finds its rows through indexes: no query reads the whole appointment table', async () => {
    const params = { account: t.counsellor.id, from: 0, to: 1, now: 1, limit: 20 };
    await t.withDb((db) => {
      for (const arms of [DAY_ARMS.desk, DAY_ARMS.counsellor, [NOTES]]) {
        for (const sql of Object.values(daySql(arms))) {
          const plan = (
            db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]
          ).map((r) => r.detail);
          expect(
            plan.filter((d) => /^SCAN (ap|appointment)$/.test(d)),
            plan.join(' | '),
          ).toEqual([]);
        }
      }
    });
  });

  it('is not offered to the administrator', async () => {
    await t.loginAs('admin');
    const res = await t.kit.call('home.day');
    expect(!res.ok && res.error.code).toBe('FORBIDDEN');
  });
});
