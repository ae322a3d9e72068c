import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../electron/core/version';

/**
 * ARCHITECTURE.md §1: core never imports electron. Proven two ways: core loads and dispatches
 * in a Node process where importing or requiring 'electron' throws, and no core source names it.
 */
const ROOT = resolve(__dirname, '..', '..');
const HOOKS = join(__dirname, 'block-electron-hooks.mjs');
const PROBE = join(__dirname, 'core-without-electron.probe.ts');
const dataDir = mkdtempSync(join(tmpdir(), 'eap-core-no-electron-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function runProbe(mode: 'core' | 'control') {
  return spawnSync(process.execPath, ['--import', HOOKS, '--import', 'tsx', PROBE, dataDir, mode], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    // tsx must not apply tsconfig.json's type-only `paths` entry for the database driver.
    env: {
      ...process.env,
      ELECTRON_RUN_AS_NODE: undefined,
      NODE_OPTIONS: undefined,
      TSX_TSCONFIG_PATH: 'tsconfig.runtime.json',
    },
  });
}

describe('core without electron', () => {
  it('the hook really blocks electron (control)', () => {
    const res = runProbe('control');
    expect(res.status, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({
      viaImport: "BLOCKED: core must not load 'electron'",
      viaRequire: "BLOCKED: core must not load 'electron'",
    });
  });

  it('loads app-core and dispatches app.info with electron unloadable', () => {
    const res = runProbe('core');
    expect(res.stderr).not.toContain('BLOCKED');
    expect(res.status, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout) as { info: unknown; echo: unknown };
    expect(out.info).toEqual({
      ok: true,
      value: {
        name: 'EAP Desk',
        version: APP_VERSION,
        state: 'uninitialised',
        dataDir,
        schemaVersion: null,
      },
    });
    expect(out.echo).toMatchObject({ ok: true, value: { text: '你好' } });
  });

  it('no file under electron/core imports electron, electron-store or the glue', () => {
    const coreDir = join(ROOT, 'electron', 'core');
    const files = readdirSync(coreDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.[cm]?[jt]sx?$/.test(f),
    );
    expect(files.length).toBeGreaterThan(0);
    const forbidden =
      /(?:from\s*|import\s*\(?\s*|require\s*\(\s*)['"](?:electron|electron-store)(?:\/[^'"]*)?['"]|['"](?:\.\.\/)+(?:main|preload)\//;
    const offenders = files
      .filter((f) => forbidden.test(readFileSync(join(coreDir, f), 'utf8')))
      .map((f) => relative(ROOT, join(coreDir, f)));
    expect(offenders).toEqual([]);
  });
});
