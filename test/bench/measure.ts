/**
 * Timing helpers for `npm run bench`. Performance lives here, never in timed test assertions
 * (ARCHITECTURE.md §5): results are compared with a baseline measured in the same run.
 */
export interface Timing {
  readonly p50: number;
  readonly p95: number;
  readonly runs: number;
}

/** One line of bench-results.json. `baseline` is the same measurement without encryption. */
export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: number;
  readonly ratio?: number;
  readonly goal?: string;
  /** Whether the value meets its goal; absent when there is no goal. */
  readonly ok?: boolean;
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Runs `fn` a few times to warm the page cache (an office PC after a few minutes), then `runs` times. */
export function measure(fn: (i: number) => unknown, runs: number, warmup = 10): Timing {
  for (let i = 0; i < warmup; i++) fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), runs };
}

export async function measureAsync(
  fn: (i: number) => Promise<unknown>,
  runs: number,
  warmup = 10,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), runs };
}

const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

export function result(
  name: string,
  value: number,
  unit: string,
  extra: { baseline?: number; goal?: string; ok?: boolean } = {},
): BenchResult {
  const ratio =
    extra.baseline !== undefined && extra.baseline > 0 ? round(value / extra.baseline) : undefined;
  return {
    name,
    value: round(value),
    unit,
    ...(extra.baseline !== undefined ? { baseline: round(extra.baseline) } : {}),
    ...(ratio !== undefined ? { ratio } : {}),
    ...(extra.goal !== undefined ? { goal: extra.goal } : {}),
    ...(extra.ok !== undefined ? { ok: extra.ok } : {}),
  };
}

/** A plain-text table: name, value, unencrypted baseline, ratio, goal. */
export function formatTable(results: readonly BenchResult[]): string {
  const rows = results.map((r) => [
    r.name,
    `${r.value} ${r.unit}`,
    r.baseline !== undefined ? `${r.baseline} ${r.unit}` : '',
    r.ratio !== undefined ? `${r.ratio}×` : '',
    r.goal ? `${r.goal} ${r.ok === false ? 'MISSED' : 'ok'}` : '',
  ]);
  const head = ['measurement', 'encrypted', 'unencrypted', 'ratio', 'goal'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
