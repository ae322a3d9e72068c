import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** SECURITY.md §9: Electronegativity, offline, through a gate script: 0 HIGH findings. */
const gate = (...args: string[]) => {
  const run = spawnSync(process.execPath, ['scripts/electronegativity-gate.mjs', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  // A gate that could not run says why (its stderr), rather than failing on empty output.
  if (!last.startsWith('{'))
    throw new Error(
      `the gate did not run (exit ${run.status}, ${run.signal}): ${run.stderr.slice(-2000)}`,
    );
  return {
    status: run.status,
    summary: JSON.parse(last) as { high: number; parseErrors: number; medium: number },
  };
};

describe('Electronegativity gate', () => {
  it('finds no HIGH (and no MEDIUM) issue in the Electron glue and the CSP', () => {
    const { status, summary } = gate();
    expect(summary).toMatchObject({ high: 0, medium: 0, parseErrors: 0 });
    expect(status).toBe(0);
  }, 120_000);

  it('is not vacuous: a window without context isolation fails it', () => {
    const { status, summary } = gate('--input', 'test/fixtures/electronegativity-bad-window');
    expect(summary.high).toBeGreaterThan(0);
    expect(status).toBe(1);
  }, 120_000);
});
