import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMain } from '../../scripts/build-electron.mjs';
import { CSP } from './protocol';

/**
 * The wiring in index.ts, run for real: the built main bundle is loaded in a Node child process
 * whose `electron` is test-fixtures/fake-electron.cjs, so start-up order, window options, the
 * IPC bridge (through the real core), the protocol and the guards are all observed end to end.
 */
const ROOT = resolve(__dirname, '..', '..');
const DRIVER = join(__dirname, 'test-fixtures', 'main-driver.mjs');
let dir: string;
let mainPath: string;

interface Report {
  calls: [string, ...unknown[]][];
  results: Record<string, unknown>;
}

beforeAll(async () => {
  // Inside the repo so the bundle's external packages (electron-store, the db driver) resolve.
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  dir = mkdtempSync(join(cache, 'eap-main-test-'));
  mainPath = join(dir, 'electron', 'main.cjs');
  await buildMain({ outfile: mainPath, sourcemap: false });
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(
    join(dir, 'renderer', 'index.html'),
    '<!doctype html><title>EAP Desk</title><div id=root>',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(args: string[] = [], env: Record<string, string> = {}): Report {
  const userData = mkdtempSync(join(dir, 'user-'));
  const dataDir = mkdtempSync(join(dir, 'data-'));
  const res = spawnSync(process.execPath, [DRIVER, mainPath, userData, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, EAP_DESK_DATA_DIR: dataDir, NODE_OPTIONS: '', ...env },
  });
  expect(res.status, res.stderr).toBe(0);
  const line = res.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as Report;
}

const names = (r: Report) => r.calls.map(([n]) => n);
const call = (r: Report, name: string) => r.calls.find(([n]) => n === name);

describe('main process wiring (built bundle, fake electron)', () => {
  let gui: Report;
  beforeAll(() => {
    gui = start();
  });

  it('registers the scheme and the sandbox before ready, then takes the single-instance lock', () => {
    expect(call(gui, 'protocol.registerSchemesAsPrivileged')).toEqual([
      'protocol.registerSchemesAsPrivileged',
      [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }],
      { isReady: false },
    ]);
    expect(call(gui, 'app.enableSandbox')).toEqual(['app.enableSandbox', { isReady: false }]);
    expect(names(gui)).toContain('app.requestSingleInstanceLock');
    expect(call(gui, 'protocol.handle')).toEqual(['protocol.handle', 'app', { isReady: true }]);
  });

  it('opens one locked-down window on app://eap/index.html', () => {
    const windows = gui.calls.filter(([n]) => n === 'new BrowserWindow');
    expect(windows).toHaveLength(1);
    const options = windows[0]![1] as { title: string; webPreferences: Record<string, unknown> };
    expect(options.title).toBe('EAP Desk');
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(options.webPreferences['preload']).toBe(join(dir, 'electron', 'preload.cjs'));
    expect(call(gui, 'window.loadURL')).toEqual(['window.loadURL', 'app://eap/index.html']);
  });

  it('bridges IPC to the real core after checking the sender', () => {
    expect(
      gui.calls.filter(([n, ch]) => n === 'ipcMain.handle' && ch === 'eap:invoke'),
    ).toHaveLength(1);
    expect(gui.results['trusted']).toMatchObject({
      ok: true,
      value: { name: 'EAP Desk', state: 'uninitialised', schemaVersion: null },
    });
    expect(gui.results['otherOrigin']).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', key: 'errors.forbidden' },
    });
  });

  it('serves the renderer with the CSP and guards navigation, popups and permissions', () => {
    const page = gui.results['page'] as { status: number; csp: string; body: string };
    expect(page.status).toBe(200);
    expect(page.csp).toBe(CSP);
    expect(page.body).toContain('EAP Desk');
    expect(gui.results['externalNavigationPrevented']).toBe(true);
    expect(gui.results['windowOpen']).toEqual({ action: 'deny' });
    expect(gui.results['mediaGranted']).toBe(false);
    expect(names(gui)).toEqual(
      expect.arrayContaining([
        'session.setPermissionRequestHandler',
        'session.setPermissionCheckHandler',
        'session.setDevicePermissionHandler',
      ]),
    );
  });

  it('watches OS lock and suspend, and keeps only preferences in electron-store', () => {
    expect(gui.calls).toEqual(
      expect.arrayContaining([
        ['powerMonitor.on', 'lock-screen'],
        ['powerMonitor.on', 'suspend'],
      ]),
    );
    expect(gui.results['prefsFile']).toEqual({
      language: 'zh-TW',
      dateFormat: 'roc',
      windowBounds: { x: 10, y: 20, width: 1300, height: 820 },
    });
  });

  it('offers DevTools in a development start and never in a packaged one', () => {
    const devOptions = call(gui, 'new BrowserWindow')![1] as {
      webPreferences: { devTools: boolean };
    };
    expect(devOptions.webPreferences.devTools).toBe(true);
    const packaged = start([], { FAKE_ELECTRON_PACKAGED: '1' });
    const options = call(packaged, 'new BrowserWindow')![1] as {
      webPreferences: { devTools: boolean };
    };
    expect(options.webPreferences.devTools).toBe(false);
    const menu = call(packaged, 'Menu.setApplicationMenu')![1] as string[];
    expect(menu).toEqual(['檔案', '編輯', '檢視', '視窗']);
  });

  it('refuses to start with a remote debugging switch: message, exit 2, no window', () => {
    const refused = start(['--remote-debugging-port=9222']);
    expect(refused.results['exitCode']).toBe(2);
    const box = call(refused, 'dialog.showErrorBox');
    expect(String(box?.[2])).toContain('--remote-debugging-port');
    expect(names(refused)).not.toContain('new BrowserWindow');
    expect(names(refused)).not.toContain('app.requestSingleInstanceLock');
  });

  it('lets only an unpackaged run opt in to debug switches (for Playwright _electron)', () => {
    const allow = { EAP_DESK_ALLOW_DEBUG_SWITCHES: '1' };
    const dev = start(['--inspect=0', '--remote-debugging-port=0'], allow);
    expect(names(dev)).toContain('new BrowserWindow');
    expect(dev.results['exitCode']).toBeUndefined();
    const packaged = start(['--remote-debugging-port=0'], {
      ...allow,
      FAKE_ELECTRON_PACKAGED: '1',
    });
    expect(packaged.results['exitCode']).toBe(2);
    expect(names(packaged)).not.toContain('new BrowserWindow');
  });

  it('also refuses --inspect hidden in NODE_OPTIONS', () => {
    const refused = start([], { FAKE_NODE_OPTIONS: '--max-old-space-size=4096 --inspect=9229' });
    expect(refused.results['exitCode']).toBe(2);
    expect(String(call(refused, 'dialog.showErrorBox')?.[2])).toContain('--inspect');
  });

  it('runs --cli without any window', () => {
    const cli = start(['--cli', 'verify']);
    expect(cli.results['exitCode']).toBe(2); // usage: verify needs --data-dir and --user
    expect(names(cli)).not.toContain('new BrowserWindow');
    expect(names(cli)).not.toContain('app.requestSingleInstanceLock');
  });
});
