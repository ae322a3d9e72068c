import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createCoreKit,
  createUser,
  firstLogin,
  setupOffice,
  testPassphrase,
  type CoreKit,
} from '../testing/core-kit';

let kit: CoreKit;
beforeEach(() => {
  kit = createCoreKit();
});
afterEach(() => kit.dispose());

describe('setup wizard', () => {
  it('writes nothing until the recovery code is typed back, then signs the administrator in', async () => {
    const { recoveryCode } = await kit.ok<{ recoveryCode: string }>('setup.prepare');
    const admin = { username: 'admin-one', passphrase: testPassphrase(), displayName: '管理員甲' };
    const wrong = await kit.call('setup.initialise', {
      organisation: { name: '測試市政府', cityPreset: 'keelung' },
      admin,
      recoveryCodeConfirmation: 'AAAA-BBBB',
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [{ path: ['recoveryCodeConfirmation'], key: 'validation.recoveryCodeMismatch' }],
      },
    });
    expect(kit.core.state()).toBe('uninitialised');
    const weak = await kit.call('setup.initialise', {
      organisation: { name: '測試市政府', cityPreset: 'keelung' },
      admin: { ...admin, passphrase: 'short' },
      recoveryCodeConfirmation: recoveryCode,
    });
    expect(weak).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['admin', 'passphrase'] }] },
    });
    const info = await kit.ok('setup.initialise', {
      organisation: { name: '測試市政府', cityPreset: 'keelung' },
      admin,
      recoveryCodeConfirmation: recoveryCode,
    });
    expect(info).toMatchObject({
      role: 'admin',
      displayName: '管理員甲',
      mustChangePassphrase: false,
    });
    expect(kit.core.state()).toBe('unlocked');
    expect(await kit.ok('settings.get')).toMatchObject({
      name: '測試市政府',
      cityPreset: 'keelung',
      leaveType: 'officialLeave',
      idleLockMinutes: 10,
    });
    expect(await kit.call('setup.prepare')).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_INITIALISED' },
    });
  });
});

describe('accounts and first login', () => {
  it('forces a passphrase change at first login and lets the counsellor create the clinical key', async () => {
    await setupOffice(kit);
    const c = await createUser(kit, 'counsellor');
    await kit.ok('auth.logout');
    const info = await kit.ok<{ mustChangePassphrase: boolean }>('auth.login', {
      username: c.username,
      passphrase: c.passphrase,
    });
    expect(info.mustChangePassphrase).toBe(true);
    expect(await kit.call('settings.get')).toMatchObject({
      ok: false,
      error: { code: 'PASSPHRASE_CHANGE_REQUIRED' },
    });
    const next = testPassphrase();
    expect(
      await kit.call('auth.changePassphrase', { current: 'not-it-at-all', next }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['current'], key: 'errors.wrongPassphrase' }] },
    });
    const changed = await kit.ok('auth.changePassphrase', { current: c.passphrase, next });
    expect(changed).toMatchObject({ mustChangePassphrase: false, clinicalAccess: 'needsEscrow' });
    const { escrowCode } = await kit.ok<{ escrowCode: string }>('clinical.prepareEscrow');
    expect(
      await kit.ok('clinical.initialise', { escrowCodeConfirmation: escrowCode }),
    ).toMatchObject({ clinicalAccess: 'granted' });
    // The first passphrase no longer opens anything; the new one does.
    await kit.ok('auth.logout');
    expect(
      await kit.call('auth.login', { username: c.username, passphrase: c.passphrase }),
    ).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(await kit.ok('auth.login', { username: c.username, passphrase: next })).toMatchObject({
      clinicalAccess: 'granted',
    });
  });

  it('a second counsellor is pending until a holder grants access; the last holder is protected', async () => {
    const { admin } = await setupOffice(kit);
    const first = await createUser(kit, 'counsellor');
    const second = await createUser(kit, 'counsellor');
    await kit.ok('auth.logout');
    await firstLogin(kit, first);
    const { escrowCode } = await kit.ok<{ escrowCode: string }>('clinical.prepareEscrow');
    await kit.ok('clinical.initialise', { escrowCodeConfirmation: escrowCode });
    expect(await kit.ok('clinical.status')).toMatchObject({
      initialised: true,
      holders: 1,
      pending: [{ id: second.id }],
    });
    await kit.ok('clinical.grant', { id: second.id });
    expect(await kit.ok('clinical.status')).toMatchObject({ holders: 2, pending: [] });
    await kit.ok('auth.logout');
    await kit.ok('auth.login', { username: admin.username, passphrase: admin.passphrase });
    const rows = await kit.ok<{ accounts: { id: string; clinicalAccess: string }[] }>(
      'accounts.list',
    );
    expect(rows.accounts.find((a) => a.id === second.id)?.clinicalAccess).toBe('granted');
    await kit.ok('accounts.disable', { id: second.id });
    // Escrow exists but was never verified: the last clinical key holder cannot be disabled.
    expect(await kit.call('accounts.disable', { id: first.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'errors.lastClinicalKeyHolder' },
    });
  });

  it('disabling destroys the slots: the old passphrase opens nothing; re-enabling issues new ones', async () => {
    const { admin } = await setupOffice(kit);
    const d = await createUser(kit, 'desk');
    await kit.ok('accounts.disable', { id: d.id });
    await kit.ok('auth.logout');
    expect(
      await kit.call('auth.login', { username: d.username, passphrase: d.passphrase }),
    ).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    await kit.ok('auth.login', { username: admin.username, passphrase: admin.passphrase });
    const fresh = testPassphrase();
    await kit.ok('accounts.enable', { id: d.id, passphrase: fresh });
    await kit.ok('auth.logout');
    expect(await kit.ok('auth.login', { username: d.username, passphrase: fresh })).toMatchObject({
      role: 'desk',
      mustChangePassphrase: true,
    });
  });

  it('refuses a taken username beside the field', async () => {
    await setupOffice(kit);
    const d = await createUser(kit, 'desk');
    const again = await kit.call('accounts.create', {
      username: d.username,
      displayName: '重複',
      role: 'desk',
      clinicalSupervisor: false,
      passphrase: testPassphrase(),
    });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['username'], key: 'errors.usernameTaken' }] },
    });
  });
});

describe('lockout, idle lock and drafts', () => {
  it('locks an account for 15 minutes after 5 failures, says until when, and an admin can lift it', async () => {
    const { admin } = await setupOffice(kit);
    const d = await createUser(kit, 'desk');
    await kit.ok('auth.logout');
    for (let i = 0; i < 4; i++) {
      expect(
        await kit.call('auth.login', { username: d.username, passphrase: 'wrong-wrong-wrong' }),
      ).toMatchObject({ error: { code: 'WRONG_PASSPHRASE' } });
    }
    const fifth = await kit.call('auth.login', {
      username: d.username,
      passphrase: 'wrong-wrong-wrong',
    });
    const until = new Date(kit.clock.now() + 15 * 60_000).toISOString();
    expect(fifth).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT_LOCKED', params: { until } },
    });
    expect(
      await kit.call('auth.login', { username: d.username, passphrase: d.passphrase }),
    ).toMatchObject({ error: { code: 'ACCOUNT_LOCKED' } });
    kit.clock.advance(15 * 60_000 + 1);
    await kit.ok('auth.login', { username: d.username, passphrase: d.passphrase });
    await kit.ok('auth.logout');
    for (let i = 0; i < 5; i++)
      await kit.call('auth.login', { username: d.username, passphrase: 'wrong-wrong-wrong' });
    await kit.ok('auth.login', { username: admin.username, passphrase: admin.passphrase });
    const listed = await kit.ok<{ accounts: { id: string; lockedUntil: number | null }[] }>(
      'accounts.list',
    );
    expect(listed.accounts.find((a) => a.id === d.id)?.lockedUntil).toBeGreaterThan(
      kit.clock.now(),
    );
    await kit.ok('accounts.unlock', { id: d.id });
    // The failures entered the audit chain at the next unlock.
    const audit = await kit.ok<{ entries: { action: string }[] }>('audit.list', {
      action: 'auth.loginFailed',
    });
    expect(audit.entries.length).toBeGreaterThanOrEqual(5);
    await kit.ok('auth.logout');
    await kit.ok('auth.login', { username: d.username, passphrase: d.passphrase });
  });

  it('locks after the idle period (clock moved by the test), pushes the event, and keeps drafts for the same person', async () => {
    const { admin } = await setupOffice(kit);
    const seen: string[] = [];
    kit.core.events.on('session.locked', (p) => seen.push(p.reason));
    await kit.ok('drafts.save', { formKey: 'cases.intake', payload: '{"summary":"草稿內容"}' });
    kit.clock.advance(9 * 60_000);
    expect(kit.core.checkIdle()).toBe(false);
    await kit.ok('auth.activity');
    kit.clock.advance(9 * 60_000);
    expect(kit.core.checkIdle()).toBe(false);
    kit.clock.advance(60_001 + 60_000);
    expect(kit.core.checkIdle()).toBe(true);
    expect(seen).toEqual(['idle']);
    expect(kit.core.state()).toBe('locked');
    expect(await kit.call('settings.get')).toMatchObject({
      ok: false,
      error: { code: 'SESSION_LOCKED' },
    });
    expect(await kit.ok('auth.session')).toEqual({
      session: null,
      locked: true,
      idleLockMinutes: 10,
    });
    // The lock screen asks for the passphrase only: core knows whose session it was.
    expect(await kit.call('auth.unlock', { passphrase: 'not-the-passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    expect(await kit.ok('auth.unlock', { passphrase: admin.passphrase })).toMatchObject({
      username: admin.username,
    });
    expect(await kit.ok('drafts.get', { formKey: 'cases.intake' })).toMatchObject({
      payload: '{"summary":"草稿內容"}',
    });
    // Another person does not see it.
    const d = await createUser(kit, 'desk');
    kit.core.lock('manual');
    await firstLogin(kit, d);
    expect(await kit.ok('drafts.get', { formKey: 'cases.intake' })).toEqual({
      payload: null,
      updatedAt: null,
    });
  });

  it('keeps clinical drafts sealed under the clinical key', async () => {
    await setupOffice(kit);
    const c = await createUser(kit, 'counsellor');
    await kit.ok('auth.logout');
    await firstLogin(kit, c);
    expect(
      await kit.call('drafts.save', { formKey: 'clinical.sessionNote', payload: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const { escrowCode } = await kit.ok<{ escrowCode: string }>('clinical.prepareEscrow');
    await kit.ok('clinical.initialise', { escrowCodeConfirmation: escrowCode });
    await kit.ok('drafts.save', { formKey: 'clinical.sessionNote', payload: '晤談紀錄草稿' });
    expect(await kit.ok('drafts.get', { formKey: 'clinical.sessionNote' })).toMatchObject({
      payload: '晤談紀錄草稿',
    });
  });
});

describe('statistics readers', () => {
  it('open only the statistics store and reach no service channel', async () => {
    await setupOffice(kit);
    const s = await createUser(kit, 'statistics');
    await kit.ok('auth.logout');
    await firstLogin(kit, s);
    expect(kit.core.state()).toBe('unlocked');
    expect(await kit.ok('app.info')).toMatchObject({ schemaVersion: null });
    for (const channel of [
      'accounts.list',
      'settings.get',
      'drafts.get',
      'audit.list',
      'clinical.status',
    ]) {
      const res = await kit.call(
        channel,
        channel === 'drafts.get' ? { formKey: 'cases.intake' } : {},
      );
      expect(res, channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });
});

describe('audit', () => {
  it('records the actions and verifies clean against the key-file anchor', async () => {
    const { admin } = await setupOffice(kit);
    await createUser(kit, 'desk');
    await kit.ok('auth.lock');
    await kit.ok('auth.login', { username: admin.username, passphrase: admin.passphrase });
    const list = await kit.ok<{ entries: { action: string; actorId: string | null }[] }>(
      'audit.list',
      {},
    );
    const actions = list.entries.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'vault.initialised',
        'setup.completed',
        'auth.login',
        'account.created',
        'auth.lock',
        'auth.unlock',
      ]),
    );
    // A full last page does not promise another one.
    const all = await kit.ok<{ entries: unknown[] }>('audit.list', { limit: 200 });
    expect(await kit.ok('audit.list', { limit: all.entries.length })).toMatchObject({
      nextBefore: null,
    });
    expect(JSON.stringify(list)).not.toContain(admin.displayName);
    expect(await kit.ok('audit.verify')).toMatchObject({ ok: true, problems: [] });
    const page = await kit.ok<{ entries: unknown[]; nextBefore: number | null }>('audit.list', {
      limit: 2,
    });
    expect(page.entries).toHaveLength(2);
    const next = await kit.ok<{ entries: { seq: number }[] }>('audit.list', {
      limit: 2,
      before: page.nextBefore,
    });
    expect(next.entries[0]!.seq).toBeLessThan(page.nextBefore!);
  });
});
