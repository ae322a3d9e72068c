import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppCore } from '../core/app-core';
import { manualClock } from '../core/clock';
import { openVault } from '../core/vault/vault';
import { freshDir, genPassphrase, genUsername, removeTempDirs } from '../core/vault/vault-test-kit';
import { runCli } from './run';

afterAll(removeTempDirs);

const clock = manualClock();

async function cli(argv: string[], stdinText = '') {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  stdin.end(stdinText);
  const code = await runCli(argv, { stdin, stdout, stderr }, { clock });
  return { code, out, err };
}

async function office() {
  const dataDir = join(freshDir('eap-cli-seed-'), 'data');
  const user = genUsername('admin');
  const pass = genPassphrase();
  const init = await cli(
    ['init', '--data-dir', dataDir, '--admin', user, '--kdf-fast-insecure-test-only'],
    `${pass}\n`,
  );
  expect(init.code, init.err).toBe(0);
  return { dataDir, user, pass };
}

const seedArgs = (dataDir: string, user: string, ...extra: string[]) => [
  'seed',
  '--data-dir',
  dataDir,
  '--user',
  user,
  '--cases',
  '120',
  '--desk',
  '2',
  '--counsellors',
  '2',
  '--kdf-fast-insecure-test-only',
  ...extra,
];

describe('cli seed', () => {
  it('adds synthetic data for an administrator, prints counts and no names, and refuses a second run without --force', async () => {
    const t = await office();
    const first = await cli(seedArgs(t.dataDir, t.user), `${t.pass}\n`);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/Cases:\s+120 \(ROC 105–114\)/);
    expect(first.out).toMatch(/Staff accounts:\s+2 desk, 2 counsellors/);
    // Counts only: no Chinese (names, agencies) and no usernames in the output.
    expect(first.out).not.toMatch(/[\u3400-\u9fff]/);
    expect(first.out).not.toContain('seed-desk');

    const again = await cli(seedArgs(t.dataDir, t.user), `${t.pass}\n`);
    expect([again.code, again.err.trim()]).toEqual([
      15,
      'Error: This database already holds cases, so no synthetic data was added. Use --force to add it anyway.',
    ]);
    const forced = await cli(seedArgs(t.dataDir, t.user, '--force', '--seed', '99'), `${t.pass}\n`);
    expect(forced.code, forced.err).toBe(0);

    const vault = await openVault({
      dataDir: t.dataDir,
      clock,
      username: t.user,
      passphrase: t.pass,
    });
    try {
      const db = vault.db!;
      expect(db.prepare('SELECT count(*) FROM case_file').pluck().get()).toBe(240);
      expect(
        db
          .prepare("SELECT count(*) FROM account WHERE role IN ('desk', 'counsellor')")
          .pluck()
          .get(),
      ).toBe(8);
      expect(
        db.prepare("SELECT count(*) FROM audit_log WHERE action = 'seed.generated'").pluck().get(),
      ).toBe(2);
      expect(
        db
          .prepare('SELECT max(last_number) FROM case_number_counter WHERE roc_year = 114')
          .pluck()
          .get(),
      ).toBe(
        db.prepare("SELECT count(*) FROM case_file WHERE case_number LIKE '114-%'").pluck().get(),
      );
    } finally {
      vault.close();
    }
    const verify = await cli(['verify', '--data-dir', t.dataDir, '--user', t.user], `${t.pass}\n`);
    expect(verify.code, verify.err).toBe(0);
    expect(verify.out).toMatch(/Audit chain:\s+ok/);
  });

  it('is for administrators only, and checks its numbers', async () => {
    const t = await office();
    const desk = { username: genUsername('desk'), passphrase: genPassphrase() };
    const core = createAppCore({ dataDir: t.dataDir, clock, kdf: 'fast', idleCheckMs: 0 });
    try {
      expect((await core.dispatch('auth.login', { username: t.user, passphrase: t.pass })).ok).toBe(
        true,
      );
      const made = await core.dispatch('accounts.create', {
        ...desk,
        displayName: '測試承辦',
        role: 'desk',
        clinicalSupervisor: false,
      });
      expect(made.ok).toBe(true);
    } finally {
      core.close();
    }
    const refused = await cli(seedArgs(t.dataDir, desk.username), `${desk.passphrase}\n`);
    expect([refused.code, refused.err.trim()]).toEqual([
      14,
      'Error: This account may not do that.',
    ]);
    expect(
      (
        await cli(
          ['seed', '--data-dir', t.dataDir, '--user', t.user, '--cases', 'many'],
          `${t.pass}\n`,
        )
      ).code,
    ).toBe(2);
    expect(
      (await cli(['seed', '--data-dir', t.dataDir, '--user', t.user], `${t.pass}\n`)).code,
    ).toBe(2);
  });
});
