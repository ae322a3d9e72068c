import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAVED_FILTERS_MAX } from '../../../../shared/ipc/schemas/case-list';
import { createUser, firstLogin } from '../../testing/core-kit';
import { createIntakeKit, type IntakeKit } from '../cases/intake-kit';

/** Saved case-list filters: per person, audited, validated like the list, never for statistics readers. */
type Saved = {
  filters: { id: string; name: string; filter: Record<string, unknown>; updatedAt: number }[];
};

let k: IntakeKit;
beforeAll(async () => {
  k = await createIntakeKit();
}, 60_000);
afterAll(() => k.kit.dispose());

const list = () => k.kit.ok<Saved>('savedFilters.list');
const save = (name: string, filter: Record<string, unknown>) =>
  k.kit.ok<{ id: string }>('savedFilters.save', { name, filter });

describe('saved filters', () => {
  it("are one's own: others neither see nor delete them; saving a name again replaces it; all audited", async () => {
    const overdue = { overdue: true, deskOwnerId: k.desk.id, sort: 'nextFollowUp' };
    const mine = await save('我的逾期', overdue);
    const risk = await save('高風險', { riskLevels: ['high', 'crisis'] });
    expect((await list()).filters.map((f) => [f.name, f.filter])).toEqual([
      ['我的逾期', overdue],
      ['高風險', { riskLevels: ['high', 'crisis'] }],
    ]);
    expect((await save('高風險', { riskLevels: ['crisis'], status: ['active'] })).id).toBe(risk.id);
    expect((await list()).filters.find((f) => f.id === risk.id)?.filter).toEqual({
      riskLevels: ['crisis'],
      status: ['active'],
    });

    await k.loginAs('counsellor');
    expect((await list()).filters).toEqual([]);
    const refused = await k.kit.call('savedFilters.delete', { id: mine.id });
    expect(refused.ok ? null : refused.error.code).toBe('NOT_FOUND');
    await save('我的逾期', { counsellorId: k.counsellor.id, overdue: true });
    expect((await list()).filters).toHaveLength(1);

    await k.loginAs('desk');
    expect((await list()).filters.map((f) => f.filter)).toEqual([
      overdue,
      { riskLevels: ['crisis'], status: ['active'] },
    ]);
    await k.kit.ok('savedFilters.delete', { id: mine.id });
    const again = await k.kit.call('savedFilters.delete', { id: mine.id });
    expect(again.ok ? null : again.error.code).toBe('NOT_FOUND');
    expect((await list()).filters.map((f) => f.id)).toEqual([risk.id]);

    await k.loginAs('admin');
    const audit = async (action: string) =>
      (
        await k.kit.ok<{
          entries: { objectId: string; details: Record<string, unknown>; actorId: string }[];
        }>('audit.list', { action, limit: 50 })
      ).entries;
    expect((await audit('savedFilter.saved')).length).toBe(4);
    expect((await audit('savedFilter.deleted')).map((e) => [e.objectId, e.actorId])).toEqual([
      [mine.id, k.desk.id],
    ]);
    for (const e of await audit('savedFilter.saved'))
      expect(JSON.stringify(e.details)).not.toMatch(/高風險|逾期/);
    await k.loginAs('desk');
  });

  it('validates the filter as the list does, field by field', async () => {
    const issues = async (input: unknown) => {
      const res = await k.kit.call('savedFilters.save', input);
      return res.ok ? [] : (res.error.issues ?? []).map((i) => `${i.path.join('.')}:${i.key}`);
    };
    expect(await issues({ name: ' ', filter: {} })).toEqual(['name:validation.required']);
    expect(
      await issues({
        name: 'x',
        filter: { requestedFrom: '2025-02-01', requestedTo: '2025-01-01' },
      }),
    ).toEqual(['filter.requestedTo:validation.dateOrder']);
    expect(await issues({ name: 'x', filter: { status: ['open'] } })).toEqual([
      'filter.status.0:validation.invalidValue',
    ]);
    expect((await issues({ name: 'x', filter: { cursor: 'abc' } })).length).toBe(1);
  });

  it(`stops at ${SAVED_FILTERS_MAX} per person (replacing one still works)`, async () => {
    const have = (await list()).filters.length;
    for (let i = have; i < SAVED_FILTERS_MAX; i++) await save(`篩選 ${i}`, { status: ['active'] });
    const full = await k.kit.call('savedFilters.save', { name: '再一個', filter: {} });
    expect(full.ok ? null : [full.error.code, full.error.key]).toEqual([
      'CONFLICT',
      'errors.savedFilterLimit',
    ]);
    await save(`篩選 ${SAVED_FILTERS_MAX - 1}`, { status: ['closed'] });
  });

  it('is refused to statistics readers, as are the list and the home page', async () => {
    await k.loginAs('admin');
    const reader = await createUser(k.kit, 'statistics');
    await k.kit.ok('auth.logout');
    await firstLogin(k.kit, reader);
    for (const [channel, input] of [
      ['savedFilters.list', {}],
      ['savedFilters.save', { name: 'x', filter: {} }],
      ['savedFilters.delete', { id: crypto.randomUUID() }],
      ['cases.list', {}],
      ['home.summary', {}],
    ] as const) {
      const res = await k.kit.call(channel, input);
      expect(res.ok ? 'ok' : res.error.code, channel).toBe('FORBIDDEN');
    }
    await k.loginAs('desk');
  });
});
