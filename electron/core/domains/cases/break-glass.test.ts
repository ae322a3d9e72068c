import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, firstLogin } from '../../testing/core-kit';
import { createIntakeKit, type IntakeKit } from './intake-kit';

/**
 * SECURITY.md §4 break-glass: a counsellor opening a case not assigned to them gives a written
 * reason; it is audited, lets them work on that case for the rest of the day, and is shown to
 * the assigned counsellor until acknowledged. Desk and administrator need none of it.
 */
let t: IntakeKit;
let other: { username: string; passphrase: string };
let caseId = '';

beforeAll(async () => {
  t = await createIntakeKit();
  await t.loginAs('admin');
  const o = await createUser(t.kit, 'counsellor');
  await t.kit.ok('auth.logout');
  other = { username: o.username, passphrase: await firstLogin(t.kit, o) };
  await t.loginAs('desk');
  const clientId = await t.newClient();
  caseId = (
    await t.kit.ok<{ id: string }>(
      'cases.create',
      t.intake(clientId, { counsellorId: t.counsellor.id }),
    )
  ).id;
});
afterAll(() => t.kit.dispose());

describe('break-glass', () => {
  it('lets the desk and the assigned counsellor open the case without a reason', async () => {
    await t.loginAs('desk');
    expect((await t.kit.call('cases.get', { id: caseId })).ok).toBe(true);
    await t.loginAs('counsellor');
    expect((await t.kit.call('cases.get', { id: caseId })).ok).toBe(true);
  });

  it('asks another counsellor for a reason, records it, and shows it to the assigned counsellor', async () => {
    await t.kit.call('auth.logout');
    await t.kit.ok('auth.login', other);
    expect(await t.kit.call('cases.get', { id: caseId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', key: 'errors.breakGlassRequired' },
    });
    expect(await t.kit.call('cases.printed', { id: caseId })).toMatchObject({
      ok: false,
      error: { key: 'errors.breakGlassRequired' },
    });
    expect(await t.kit.call('cases.get', { id: caseId, breakGlassReason: '短' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['breakGlassReason'], key: 'validation.breakGlassReason' }] },
    });
    const reason = '值班期間當事人來電，需確認預約資訊';
    expect((await t.kit.call('cases.get', { id: caseId, breakGlassReason: reason })).ok).toBe(true);
    // The rest of the day needs no new reason.
    expect((await t.kit.call('cases.get', { id: caseId })).ok).toBe(true);
    t.kit.clock.advance(24 * 3600_000);
    expect(await t.kit.call('cases.get', { id: caseId })).toMatchObject({
      ok: false,
      error: { key: 'errors.breakGlassRequired' },
    });

    await t.loginAs('counsellor');
    const shown = await t.kit.ok<{ entries: { id: string; reason: string; caseId: string }[] }>(
      'breakGlass.forMe',
    );
    expect(shown.entries).toEqual([expect.objectContaining({ caseId, reason })]);
    await t.kit.ok('breakGlass.acknowledge', { id: shown.entries[0]!.id });
    expect(await t.kit.ok('breakGlass.forMe')).toEqual({ entries: [] });

    await t.loginAs('admin');
    const audit = await t.kit.ok<{
      entries: { action: string; details: Record<string, unknown> }[];
    }>('audit.list', { action: 'case.breakGlass' });
    expect(audit.entries).toHaveLength(1);
    expect(JSON.stringify(audit.entries)).not.toContain(reason);
  });

  it('audits a printout', async () => {
    await t.loginAs('desk');
    await t.kit.ok('cases.printed', { id: caseId });
    await t.loginAs('admin');
    const audit = await t.kit.ok<{ entries: { objectId: string }[] }>('audit.list', {
      action: 'case.printed',
    });
    expect(audit.entries[0]?.objectId).toBe(caseId);
  });
});
