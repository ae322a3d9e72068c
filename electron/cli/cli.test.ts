import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readdirSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { manualClock } from '../core/clock';
import { vaultPaths } from '../core/vault/paths';
import { freshDir, genPassphrase, genUsername, removeTempDirs } from '../core/vault/vault-test-kit';
import { runCli } from './run';

afterAll(removeTempDirs);

async function cli(argv: string[], stdinText = '') {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  stdin.end(stdinText);
  const code = await runCli(argv, { stdin, stdout, stderr }, { clock: manualClock() });
  return { code, out, err };
}

async function initCli() {
  const dataDir = join(freshDir('eap-cli-'), 'data');
  const user = genUsername('admin');
  const pass = genPassphrase();
  const r = await cli(
    ['init', '--data-dir', dataDir, '--admin', user, '--kdf-fast-insecure-test-only'],
    `${pass}\n`,
  );
  expect(r.code, r.err).toBe(0);
  const recovery = /\s([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})\s/.exec(r.out)?.[1];
  expect(recovery).toBeDefined();
  expect(r.out).toMatch(/terminal scrollback and logs may have captured it/);
  return { dataDir, user, pass, recovery: recovery! };
}

describe('eap-desk cli', () => {
  it('init, verify, backup, restore (with passphrase and with the recovery code)', async () => {
    const t = await initCli();
    const v = await cli(['verify', '--data-dir', t.dataDir, '--user', t.user], `${t.pass}\n`);
    expect(v.code, v.err).toBe(0);
    expect(v.out).toMatch(/Integrity:\s+ok/);
    expect(v.out).toMatch(/Audit chain:\s+ok/);
    expect(v.out).toMatch(/Key file binding: ok/);
    expect(v.out).not.toContain(t.user);

    const to = freshDir('eap-cli-backups-');
    const b = await cli(
      ['backup', '--data-dir', t.dataDir, '--user', t.user, '--to', to],
      `${t.pass}\n`,
    );
    expect(b.code, b.err).toBe(0);
    const bundle = join(to, readdirSync(to)[0]!);
    expect(bundle).toMatch(/eap-desk-backup-\d{8}-\d{6}$/);

    const r1 = await cli(
      ['restore', '--data-dir', t.dataDir, '--from', bundle, '--user', t.user],
      `${t.pass}\n`,
    );
    expect(r1.code, r1.err).toBe(0);
    expect(r1.out).toMatch(/kept in: .*replaced/);
    const r2 = await cli(
      ['restore', '--data-dir', t.dataDir, '--from', bundle, '--recovery'],
      `${t.recovery}\n`,
    );
    expect(r2.code, r2.err).toBe(0);
    expect(
      (await cli(['verify', '--data-dir', t.dataDir, '--user', t.user], `${t.pass}\n`)).code,
    ).toBe(0);
  });

  it('each distinct failure has its own exit code and English message', async () => {
    const t = await initCli();
    const verify = (pass = t.pass, dir = t.dataDir) =>
      cli(['verify', '--data-dir', dir, '--user', t.user], `${pass}\n`);

    const wrong = await verify('not the passphrase');
    expect([wrong.code, wrong.err]).toEqual([3, 'Error: Wrong username or passphrase.\n']);
    expect((await cli(['verify', '--data-dir', freshDir(), '--user', 'x'], 'y\n')).code).toBe(9);
    expect(
      (await cli(['init', '--data-dir', t.dataDir, '--admin', 'x'], `${genPassphrase()}\n`)).code,
    ).toBe(10);
    expect(
      (await cli(['init', '--data-dir', join(freshDir(), 'd'), '--admin', 'x'], 'short\n')).code,
    ).toBe(13);

    const other = await initCli();
    const p = vaultPaths(t.dataDir);
    const otherKeys = vaultPaths(other.dataDir).keyFile;
    renameSync(p.keyFile, p.keyFile + '.mine');
    expect((await verify()).code).toBe(5);
    copyFileSync(otherKeys, p.keyFile);
    const mm = await cli(
      ['verify', '--data-dir', t.dataDir, '--user', other.user],
      `${other.pass}\n`,
    );
    expect(mm.code).toBe(6);
    expect(mm.err).toMatch(/belongs to another database/);
    renameSync(p.keyFile + '.mine', p.keyFile);

    const fd = openSync(p.db, 'r+');
    writeSync(fd, randomBytes(64), 0, 64, 24);
    closeSync(fd);
    const damaged = await verify();
    expect(damaged.code).toBe(7);
    expect(damaged.err).toMatch(/damaged/);
  });

  it('usage errors exit 2', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['nope'])).code).toBe(2);
    expect((await cli(['verify', '--data-dir', 'x'])).code).toBe(2);
    expect((await cli(['verify', '--data-dir', 'x', '--user', 'u', '--bogus'])).code).toBe(2);
    expect((await cli(['restore', '--data-dir', 'x', '--from', 'y'])).code).toBe(2);
    expect((await cli(['--help'])).code).toBe(0);
  });

  it('runs as a separate process (smoke)', () => {
    const dir = freshDir('eap-cli-spawn-');
    // tsx would apply tsconfig "paths" at run time, mapping the driver to its .d.ts: give it none.
    const tsconfig = join(dir, 'tsconfig.json');
    writeFileSync(
      tsconfig,
      JSON.stringify({
        compilerOptions: { target: 'ES2023', module: 'ESNext', moduleResolution: 'bundler' },
      }),
    );
    const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
    const dataDir = join(dir, 'data');
    const r = spawnSync(
      process.execPath,
      [
        tsxCli,
        '--tsconfig',
        tsconfig,
        'electron/cli/index.ts',
        'init',
        '--data-dir',
        dataDir,
        '--admin',
        genUsername(),
        '--kdf-fast-insecure-test-only',
      ],
      { input: `${genPassphrase()}\n`, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/RECOVERY CODE/);
    expect(existsSync(vaultPaths(dataDir).keyFile)).toBe(true);
  });
});
