import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseListRow } from '../../../../shared/ipc/schemas/case-list';
import { createIntakeKit, type IntakeKit } from '../cases/intake-kit';

/**
 * home.summary and the overdue filter against the injected clock: "overdue" is an open case whose
 * next follow-up is before the office's today, shown to its desk owner and its counsellor.
 */
type Summary = {
  today: string;
  overdue: { count: number; cases: CaseListRow[] };
  dueToday: { count: number; cases: CaseListRow[] };
};
const DAY = 86_400_000;

let k: IntakeKit;
const ids: Record<string, string> = {};
beforeAll(async () => {
  k = await createIntakeKit(Date.UTC(2025, 2, 5, 4, 0, 0));
  const open = async (name: string, extra: Record<string, unknown>) => {
    const clientId = await k.newClient();
    ids[name] = (
      await k.kit.ok<{ id: string }>(
        'cases.create',
        k.intake(clientId, { requestedOn: '2025-02-20', ...extra }),
      )
    ).id;
  };
  await open('threeDays', { nextFollowUp: '2025-03-02' });
  await open('today', { nextFollowUp: '2025-03-05' });
  await open('future', { nextFollowUp: '2025-03-06' });
  await open('noDate', {});
  await open('counsellors', {
    deskOwnerId: k.admin.id,
    counsellorId: k.counsellor.id,
    nextFollowUp: '2025-03-04',
  });
  await open('bothRoles', {
    deskOwnerId: k.counsellor.id,
    counsellorId: k.counsellor.id,
    nextFollowUp: '2025-02-28',
  });
  await open('closed', { nextFollowUp: '2025-02-21' });
  await k.kit.ok('cases.setStatus', {
    id: ids['closed'],
    to: 'closed',
    on: '2025-03-05',
    reason: 'goalsMet',
  });
}, 60_000);
afterAll(() => k.kit.dispose());

const summary = () => k.kit.ok<Summary>('home.summary');
const overdue = (s: Summary) => s.overdue.cases.map((c) => [c.id, c.overdueDays]);

describe('home.summary', () => {
  it("lists the person's overdue follow-ups (逾期 N 天) and today's, never closed cases or others' cases", async () => {
    const desk = await summary();
    expect(desk.today).toBe('2025-03-05');
    expect(desk.overdue.count).toBe(1);
    expect(overdue(desk)).toEqual([[ids['threeDays'], 3]]);
    expect(desk.dueToday.count).toBe(1);
    expect(desk.dueToday.cases.map((c) => [c.id, c.overdueDays])).toEqual([[ids['today'], null]]);

    await k.loginAs('counsellor');
    const counsellor = await summary();
    // Counted once although the counsellor is both its desk owner and its counsellor.
    expect(overdue(counsellor)).toEqual([
      [ids['bothRoles'], 5],
      [ids['counsellors'], 1],
    ]);
    expect(counsellor.overdue.count).toBe(2);
    await k.loginAs('desk');
  });

  it('moves with the clock: two days later more is overdue, most overdue first', async () => {
    k.kit.clock.advance(2 * DAY);
    try {
      const desk = await summary();
      expect(overdue(desk)).toEqual([
        [ids['threeDays'], 5],
        [ids['today'], 2],
        [ids['future'], 1],
      ]);
      expect(desk.dueToday.count).toBe(0);
      const { rows } = await k.kit.ok<{ rows: CaseListRow[] }>('cases.list', {
        overdue: true,
        deskOwnerId: k.desk.id,
        sort: 'nextFollowUp',
      });
      expect(rows.map((r) => [r.id, r.overdueDays])).toEqual(overdue(desk));
    } finally {
      k.kit.clock.advance(-2 * DAY);
    }
  });

  it('counts days where the office is: 01:00 in Taipei is already tomorrow on a PC set to UTC', async () => {
    const noon = k.kit.clock.now();
    k.kit.clock.set(Date.UTC(2025, 2, 5, 17, 0, 0));
    try {
      const desk = await summary();
      expect(desk.today).toBe('2025-03-06');
      expect(overdue(desk)).toEqual([
        [ids['threeDays'], 4],
        [ids['today'], 1],
      ]);
      expect(desk.dueToday.cases.map((c) => c.id)).toEqual([ids['future']]);
    } finally {
      k.kit.clock.set(noon);
    }
  });

  it('shows the first 20 and counts them all', async () => {
    for (let i = 0; i < 21; i++) {
      const clientId = await k.newClient();
      await k.kit.ok(
        'cases.create',
        k.intake(clientId, {
          requestedOn: '2025-02-01',
          nextFollowUp: `2025-02-${String(i + 1).padStart(2, '0')}`,
        }),
      );
    }
    const desk = await summary();
    expect(desk.overdue.count).toBe(22);
    expect(desk.overdue.cases).toHaveLength(20);
    const days = desk.overdue.cases.map((c) => c.overdueDays!);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(days[0]).toBe(32);
  });
});
