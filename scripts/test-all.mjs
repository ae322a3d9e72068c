// `npm test`: unit + glue tests (vitest) then end-to-end tests (Playwright in Debian Chromium),
// ending with ONE line `N passed, N failed` summed over both runners from their JSON reports.
import './guard-node.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = 'test-results';
mkdirSync(out, { recursive: true });
const vitestJson = `${out}/vitest.json`;
const e2eJson = `${out}/e2e.json`;
rmSync(vitestJson, { force: true });
rmSync(e2eJson, { force: true });

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const only = process.argv[2]; // 'unit' | 'e2e' | undefined
const vitestCode =
  only === 'e2e'
    ? 0
    : run('npx', [
        'vitest',
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile=${vitestJson}`,
      ]);
const e2eCode =
  only === 'unit'
    ? 0
    : run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });

const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

if (only !== 'e2e') {
  const v = readJson(vitestJson);
  if (!v) problems.push('vitest wrote no report');
  else {
    passed += v.numPassedTests;
    failed += v.numFailedTests;
    skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
    if (v.numFailedTestSuites > 0 && v.numFailedTests === 0) {
      failed += v.numFailedTestSuites; // a file that failed to load counts as a failure
    }
  }
}
if (only !== 'unit') {
  const p = readJson(e2eJson);
  if (!p) problems.push('playwright wrote no report');
  else {
    passed += p.stats.expected + (p.stats.flaky ?? 0);
    failed += p.stats.unexpected;
    skipped += p.stats.skipped ?? 0;
    if ((p.errors ?? []).length > 0) failed += p.errors.length;
  }
}
for (const problem of problems) {
  console.error(`test-all: ${problem}`);
  failed += 1;
}
if (failed === 0 && (vitestCode !== 0 || e2eCode !== 0)) failed += 1; // a runner failed outside tests
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
