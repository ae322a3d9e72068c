import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

// The real core runs inside the Playwright worker, and its database driver needs Node-API 10:
// a bare `npx`/`node` here is Node 20, where the driver crashes with SIGSEGV instead of failing.
{
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 14)) {
    console.error(
      `EAP Desk e2e needs Node >= 22.14 (this is ${process.versions.node}): run through npm scripts (npm run test:e2e).`,
    );
    process.exit(1);
  }
}

// EAP_E2E_PORT lets two checkouts on one machine run side by side.
const PORT = Number(process.env['EAP_E2E_PORT'] ?? 4517);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// EAP_E2E_OUT gives a side-by-side run its own renderer build (the default is the app's).
const OUT = resolve(process.env['EAP_E2E_OUT'] ?? 'dist/renderer');
const OUTPUT_DIR = process.env['EAP_E2E_ARTIFACTS'] ?? 'test-results/e2e-artifacts';

/**
 * UI end to end without the Electron binary (ARCHITECTURE.md §5): Debian's Chromium drives the
 * built renderer served on 127.0.0.1, and test/e2e/fixtures/core.ts stands in for the preload
 * with the real core. Never `playwright install`.
 */
export default defineConfig({
  testDir: 'test/e2e',
  // Playwright's loader honours tsconfig `paths`; the main tsconfig points the database driver at
  // its .d.ts for the type checker only, which the loader would then try to run.
  tsconfig: './tsconfig.runtime.json',
  // Its own folder: Playwright empties outputDir at start, and test-results/ also holds the
  // other runners' reports and the screenshots.
  outputDir: OUTPUT_DIR,
  fullyParallel: false,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env['EAP_E2E_JSON'] ?? 'test-results/e2e.json' }],
  ],
  use: {
    baseURL: BASE_URL,
    locale: 'zh-TW',
    timezoneId: 'Asia/Taipei',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `vite build --config renderer/vite.config.ts --outDir ${OUT} --emptyOutDir && vite preview --config renderer/vite.config.ts --outDir ${OUT} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    // Always a fresh build of the current sources, never a stale server from another run.
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
