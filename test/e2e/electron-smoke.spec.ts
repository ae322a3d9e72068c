import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { buildElectron } from '../../scripts/build-electron.mjs';

/**
 * The real app in the real Electron (unfused dev build, SECURITY.md §7). Runs wherever the
 * Electron binary is installed; skipped, saying so, where it is not (it cannot be downloaded on
 * the build machines). The renderer is built by the Playwright webServer step.
 */
const HERE = fileURLToPath(import.meta.url);
const ROOT = resolve(dirname(HERE), '..', '..');

function electronBinary(): string | null {
  const dir = dirname(createRequire(HERE).resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();

test.describe('Electron smoke', () => {
  test.skip(
    binary === null,
    'Electron binary not installed (node_modules/electron/dist is missing and cannot be downloaded here); ' +
      'run `node node_modules/electron/install.js` on a machine with internet to enable this test.',
  );

  let dataDir = '';
  test.beforeAll(async () => {
    await buildElectron();
    dataDir = mkdtempSync(join(tmpdir(), 'eap-electron-smoke-'));
  });
  test.afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  test('starts locked down on app://eap and reaches core through window.eap', async () => {
    const app = await electron.launch({
      executablePath: binary ?? '',
      args: [join(ROOT, 'dist', 'electron', 'main.cjs')],
      cwd: ROOT,
      // Playwright itself passes --inspect and --remote-debugging-port, which the app refuses
      // unless an unpackaged run opts in.
      env: { ...process.env, EAP_DESK_DATA_DIR: dataDir, EAP_DESK_ALLOW_DEBUG_SWITCHES: '1' },
    });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      expect(page.url()).toBe('app://eap/index.html');

      const win = await app.evaluate(({ BrowserWindow }) => ({
        count: BrowserWindow.getAllWindows().length,
        title: BrowserWindow.getAllWindows()[0]?.getTitle(),
      }));
      expect(win).toEqual({ count: 1, title: 'EAP Desk' });

      const surface = await page.evaluate(() => {
        const g = globalThis as unknown as Record<string, unknown>;
        const eap = g['eap'] as Record<string, unknown>;
        return {
          eapKeys: Object.keys(eap).sort(),
          require: typeof g['require'],
          process: typeof g['process'],
          ipcRenderer: typeof g['ipcRenderer'],
        };
      });
      expect(surface).toEqual({
        eapKeys: ['invoke', 'on'],
        require: 'undefined',
        process: 'undefined',
        ipcRenderer: 'undefined',
      });

      const info = await page.evaluate(() => window.eap?.invoke('app.info', {}));
      expect(info).toMatchObject({ ok: true, value: { name: 'EAP Desk', dataDir } });
      // Sandboxed renderer without Node: the bridge is the only way out, and it checks names.
      const unknown = await page.evaluate(() => {
        const invoke = window.eap?.invoke as
          ((c: string, i: unknown) => Promise<unknown>) | undefined;
        return invoke?.('cases.dropAll', {});
      });
      expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

      const popup = await page.evaluate(() => window.open('https://example.com/') === null);
      expect(popup).toBe(true);
      const csp = await page.evaluate(async () =>
        (await fetch('app://eap/index.html')).headers.get('content-security-policy'),
      );
      expect(csp).toContain("default-src 'self'");
    } finally {
      await app.close();
    }
  });
});
