import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCityPreset } from '../../../../shared/domain/city-presets';
import { runCli } from '../../../cli/run';
import { manualClock } from '../../clock';
import { openVault } from '../../vault/vault';
import { freshDir, genPassphrase, genUsername, removeTempDirs } from '../../vault/vault-test-kit';
import { createIntakeKit, type IntakeKit } from '../cases/intake-kit';
import { seedReferenceDefaults } from './reference.service';

let t: IntakeKit;
beforeAll(async () => {
  t = await createIntakeKit();
});
afterAll(() => {
  t.kit.dispose();
  removeTempDirs();
});

type Item = {
  id: string;
  list: string;
  code: string;
  labelZh: string;
  parentCode: string | null;
  active: boolean;
  inUse?: boolean;
};
const list = async (input: Record<string, unknown>) =>
  (await t.kit.ok<{ items: Item[] }>('reference.list', input)).items;
const codes = (items: Item[]) => items.map((i) => i.code);

describe('reference defaults', () => {
  it('seeds the preset staff categories and the common lists at setup, once', async () => {
    expect(codes(await list({ list: 'staffCategory' }))).toEqual([
      'civilServant',
      'contract',
      'technician',
      'janitor',
      'driver',
      'temporary',
      'teacher',
    ]);
    expect(codes(await list({ list: 'facet' }))).toEqual([
      'work',
      'life',
      'health',
      'organisation',
      'management',
    ]);
    const topics = await list({ list: 'topic' });
    expect(topics.find((i) => i.code === 'genderIssues')).toMatchObject({
      parentCode: 'work',
      labelZh: '職場性別議題(性騷擾)',
    });
    expect(topics.every((i) => i.parentCode !== null)).toBe(true);
    for (const l of [
      'serviceItem',
      'presentingIssue',
      'channel',
      'caseSource',
      'closingReason',
      'specialGroup',
    ])
      expect((await list({ list: l })).length).toBeGreaterThan(3);
    const again = await t.withDb((db) =>
      db
        .transaction(() => seedReferenceDefaults(db, findCityPreset('keelung')!, 0, 'x'))
        .immediate(),
    );
    expect(again).toBe(0);
  });

  it('seeds from the CLI too, with --city-preset', async () => {
    const dataDir = join(freshDir('eap-ref-cli-'), 'data');
    const admin = genUsername('admin');
    const pass = genPassphrase();
    const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };
    io.stdin.end(`${pass}\n`);
    const clock = manualClock();
    const code = await runCli(
      [
        'init',
        '--data-dir',
        dataDir,
        '--admin',
        admin,
        '--city-preset',
        'taoyuan',
        '--kdf-fast-insecure-test-only',
      ],
      io,
      { clock },
    );
    expect(code).toBe(0);
    const vault = await openVault({ dataDir, clock, username: admin, passphrase: pass });
    try {
      const rows = vault
        .db!.prepare("SELECT code FROM ref_item WHERE list = 'staffCategory'")
        .pluck()
        .all() as string[];
      expect(rows).toContain('surveyAssistant');
      expect(rows).not.toContain('teacher');
    } finally {
      vault.close();
    }
    const bad = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };
    bad.stdin.end(`${pass}\n`);
    expect(
      await runCli(
        [
          'init',
          '--data-dir',
          join(freshDir('eap-ref-cli-'), 'data'),
          '--admin',
          admin,
          '--city-preset',
          'atlantis',
        ],
        bad,
        { clock },
      ),
    ).toBe(2);
  });
});

describe('editing reference data', () => {
  it('lets the administrator add, relabel and delete an unused value; topics need an active facet', async () => {
    await t.loginAs('admin');
    try {
      expect(
        await t.kit.call('reference.create', {
          list: 'channel',
          code: 'phone',
          labelZh: '電話',
          labelEn: 'Phone',
        }),
      ).toMatchObject({
        ok: false,
        error: { issues: [{ path: ['code'], key: 'validation.codeTaken' }] },
      });
      expect(
        await t.kit.call('reference.create', {
          list: 'topic',
          code: 'burnout',
          labelZh: '職業倦怠',
          labelEn: 'Burnout',
        }),
      ).toMatchObject({
        ok: false,
        error: { issues: [{ path: ['parentCode'], key: 'validation.required' }] },
      });
      expect(
        await t.kit.call('reference.create', {
          list: 'channel',
          code: 'letter',
          labelZh: '信件',
          labelEn: 'Letter',
          parentCode: 'work',
        }),
      ).toMatchObject({
        ok: false,
        error: { issues: [{ path: ['parentCode'], key: 'validation.notApplicable' }] },
      });
      const { id } = await t.kit.ok<{ id: string }>('reference.create', {
        list: 'topic',
        code: 'burnout',
        labelZh: '職業倦怠',
        labelEn: 'Burnout',
        parentCode: 'health',
      });
      await t.kit.ok('reference.update', { id, labelZh: '職業倦怠（耗竭）' });
      expect((await list({ list: 'topic' })).find((i) => i.id === id)).toMatchObject({
        labelZh: '職業倦怠（耗竭）',
        parentCode: 'health',
        active: true,
      });
      await t.kit.ok('reference.delete', { id });
      expect(codes(await list({ list: 'topic', includeInactive: true }))).not.toContain('burnout');
    } finally {
      await t.loginAs('desk');
    }
  });

  it('keeps values in use: delete refused, deactivate works, the old record still shows it, new intake refuses it', async () => {
    const clientId = await t.newClient({ specialGroups: ['newStaff'] });
    const { id: caseId } = await t.kit.ok<{ id: string }>(
      'cases.create',
      t.intake(clientId, { channel: 'video', topics: ['performance'] }),
    );
    await t.loginAs('admin');
    const all = await list({ includeInactive: true, withUsage: true });
    const item = (l: string, c: string) => all.find((i) => i.list === l && i.code === c)!;
    expect(item('channel', 'video').inUse).toBe(true);
    expect(item('channel', 'referral').inUse).toBe(false);
    expect(item('facet', 'organisation').inUse).toBe(true); // it has topics
    expect(item('specialGroup', 'newStaff').inUse).toBe(true);
    expect(item('topic', 'performance').inUse).toBe(true);
    for (const [l, c] of [
      ['channel', 'video'],
      ['facet', 'organisation'],
      ['specialGroup', 'newStaff'],
      ['staffCategory', 'civilServant'],
    ] as const) {
      expect(
        await t.kit.call('reference.delete', { id: item(l, c).id }),
        `${l}.${c}`,
      ).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'errors.referenceInUse' } });
    }
    await t.kit.ok('reference.update', { id: item('channel', 'video').id, active: false });
    await t.loginAs('desk');
    expect(codes(await list({ list: 'channel' }))).not.toContain('video');
    expect(
      (await list({ list: 'channel', includeInactive: true })).find((i) => i.code === 'video'),
    ).toMatchObject({ active: false });
    expect(
      (await t.kit.ok<{ case: { channel: string } }>('cases.get', { id: caseId })).case.channel,
    ).toBe('video');
    expect(
      await t.kit.call('cases.create', t.intake(clientId, { channel: 'video' })),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['channel'], key: 'validation.unknownCode' }] },
    });
    expect(
      await t.kit.call('contacts.create', {
        occurredOn: '2025-03-05',
        channel: 'video',
        serviceItem: 'other',
      }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['channel'], key: 'validation.unknownCode' }] },
    });
    // An update that leaves the channel alone still works on the old case.
    expect(await t.kit.call('cases.update', { id: caseId, riskLevel: 'concern' })).toMatchObject({
      ok: true,
    });
    await t.loginAs('admin');
    await t.kit.ok('reference.update', { id: item('channel', 'video').id, active: true });
    await t.loginAs('desk');
    expect(codes(await list({ list: 'channel' }))).toContain('video');
  });
});
