import { AppError } from '../errors';
import type { Migration } from '../db/migrate';
import type { Db } from '../db/open';

/**
 * The statistics store (`eap-desk.stats.db`, under SK): counts by period, metric and dimensions,
 * nothing else — no names, no case ids, no free text. Supervisors open only this file.
 */
export const STATS_MIGRATIONS: readonly Migration[] = [
  {
    version: 10,
    name: 'stat-count',
    up(db) {
      db.exec(`
        CREATE TABLE stat_count (
          period TEXT NOT NULL,
          metric TEXT NOT NULL,
          dims TEXT NOT NULL,
          value INTEGER NOT NULL,
          PRIMARY KEY (period, metric, dims)
        );
      `);
    },
  },
];

/** Periods are 'YYYY', 'YYYY-Qn' or 'YYYY-MM'; metrics and dimension codes are short identifiers. */
const PERIOD = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;
const CODE = /^[a-z][a-zA-Z0-9_.]{0,63}$/;

export type StatDims = Readonly<Record<string, string>>;

/**
 * Dimension values are codes from fixed lists (category, agency code, risk level), never text
 * typed by a person: anything else is refused so identifying data cannot enter this store.
 */
export function encodeDims(dims: StatDims): string {
  const entries = Object.entries(dims).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [k, v] of entries) {
    if (!CODE.test(k) || !/^[A-Za-z0-9_.-]{1,32}$/.test(v))
      throw new AppError('VALIDATION', { key: 'errors.statDimension' });
  }
  return JSON.stringify(Object.fromEntries(entries));
}

export function addStatCount(
  db: Db,
  input: { period: string; metric: string; dims?: StatDims; delta: number },
): void {
  if (
    !PERIOD.test(input.period) ||
    !CODE.test(input.metric) ||
    !Number.isSafeInteger(input.delta)
  ) {
    throw new AppError('VALIDATION', { key: 'errors.statDimension' });
  }
  db.prepare(
    `INSERT INTO stat_count (period, metric, dims, value) VALUES (?, ?, ?, ?)
     ON CONFLICT (period, metric, dims) DO UPDATE SET value = value + excluded.value`,
  ).run(input.period, input.metric, encodeDims(input.dims ?? {}), input.delta);
}

export interface StatRow {
  readonly period: string;
  readonly metric: string;
  readonly dims: string;
  readonly value: number;
}

export function readStatCounts(db: Db, period: string): StatRow[] {
  return db
    .prepare(
      'SELECT period, metric, dims, value FROM stat_count WHERE period = ? ORDER BY metric, dims',
    )
    .all(period) as StatRow[];
}
