import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntakeKit, type IntakeKit } from '../cases/intake-kit';

let t: IntakeKit;
beforeAll(async () => {
  t = await createIntakeKit();
});
afterAll(() => t.kit.dispose());

type Provider = {
  id: string;
  name: string;
  kind: string;
  phone: string | null;
  hourlyRate: number | null;
  active: boolean;
  counsellors: { id: string; name: string; accountId: string | null; active: boolean }[];
};
const providers = async (includeInactive = false) =>
  (await t.kit.ok<{ providers: Provider[] }>('providers.list', { includeInactive })).providers;

describe('providers and their counsellors', () => {
  it('the administrator keeps the list; a deactivated provider leaves pick-lists and new intake', async () => {
    await t.loginAs('admin');
    const { id } = await t.kit.ok<{ id: string }>('providers.create', {
      name: '測試張老師中心',
      kind: 'contracted',
      phone: '02-2422-0000',
      hourlyRate: 1600,
    });
    const { id: outside } = await t.kit.ok<{ id: string }>('providers.addCounsellor', {
      providerId: id,
      name: '測試心理師甲',
    });
    const { id: inHouse } = await t.kit.ok<{ id: string }>('providers.addCounsellor', {
      providerId: id,
      name: '測試心理師乙',
      accountId: t.counsellor.id,
    });
    expect(
      await t.kit.call('providers.addCounsellor', {
        providerId: id,
        name: '測試心理師丙',
        accountId: t.desk.id,
      }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['accountId'], key: 'validation.accountNotEligible' }] },
    });
    await t.kit.ok('providers.updateCounsellor', { id: outside, active: false });
    await t.kit.ok('providers.update', { id, hourlyRate: 1800, phone: null });
    expect((await providers()).find((p) => p.id === id)).toMatchObject({
      hourlyRate: 1800,
      phone: null,
      counsellors: [{ id: inHouse, accountId: t.counsellor.id }],
    });
    await t.kit.ok('providers.update', { id, active: false });
    await t.loginAs('desk');
    expect((await providers()).map((p) => p.id)).not.toContain(id);
    expect((await providers(true)).find((p) => p.id === id)?.counsellors).toHaveLength(2);
    expect(
      await t.kit.call('cases.create', t.intake(await t.newClient(), { providerId: id })),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['providerId'], key: 'validation.unknownProvider' }] },
    });
    expect(await t.kit.call('providers.create', { name: '測試', kind: 'internal' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('lists active service staff for owner pickers, without statistics readers', async () => {
    const { staff } = await t.kit.ok<{
      staff: { id: string; role: string; displayName: string }[];
    }>('staff.directory');
    expect(staff.map((s) => s.id).sort()).toEqual([t.admin.id, t.desk.id, t.counsellor.id].sort());
    expect(staff.find((s) => s.id === t.admin.id)?.displayName).toBe('管理員甲');
  });
});
