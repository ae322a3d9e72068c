import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../../db/open';

type Statement = Database.Statement;

/**
 * Test helper (not product code) for query-plan tests (ARCHITECTURE.md §3: every interactive
 * query bounded, checked with EXPLAIN QUERY PLAN). A call runs against a recording view of the
 * database, so the plans checked are those of the SQL the product really sends, with the values
 * it binds — not of a copy that could drift from it.
 */
export interface Ran {
  readonly sql: string;
  readonly params: readonly unknown[];
}

export interface Explained extends Ran {
  readonly plan: readonly string[];
}

const RUNS = new Set<PropertyKey>(['all', 'get', 'run', 'iterate']);
const CHAINS = new Set<PropertyKey>(['pluck', 'raw', 'expand', 'safeIntegers', 'bind']);

/** Every statement `fn` runs through `db`, in order, with its parameters. */
export function recordQueries<T>(db: Db, fn: (db: Db) => T): { result: T; ran: Ran[] } {
  const ran: Ran[] = [];
  const watch = (stmt: Statement, sql: string): Statement => {
    const proxy: Statement = new Proxy(stmt, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        const method = value as (...args: unknown[]) => unknown;
        if (RUNS.has(prop))
          return (...args: unknown[]) => {
            ran.push({ sql, params: args });
            return method.apply(target, args);
          };
        // pluck() and friends return the statement itself: keep the caller on the proxy.
        if (CHAINS.has(prop))
          return (...args: unknown[]) => {
            method.apply(target, args);
            return proxy;
          };
        return method.bind(target);
      },
    });
    return proxy;
  };
  const recording = new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') return (sql: string) => watch(target.prepare(sql), sql);
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });
  return { result: fn(recording), ran };
}

/** The query plan of each statement (EXPLAIN QUERY PLAN with the same values bound). */
export function explainAll(db: Db, ran: readonly Ran[]): Explained[] {
  return ran.map((r) => ({
    ...r,
    plan: (db.prepare(`EXPLAIN QUERY PLAN ${r.sql}`).all(...r.params) as { detail: string }[]).map(
      (l) => l.detail,
    ),
  }));
}

/**
 * Reference tables that stay small whatever the caseload (staff, providers, agencies, settings,
 * rules, code lists): reading one whole is fine. Every other table grows with the work.
 */
const SMALL_TABLES = new Set([
  'account',
  'provider',
  'provider_counsellor',
  'agency',
  'agency_headcount',
  'setting',
  'quota_rule',
  'ref_item',
  'case_number_counter',
  'installation',
  'meta',
]);

const KEYWORDS = new Set(
  'ON WHERE LEFT JOIN INNER CROSS USING INDEXED NOT GROUP ORDER LIMIT UNION AS'.split(' '),
);

/** alias → table, from the FROM and JOIN clauses of a statement. */
function aliases(sql: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of sql.matchAll(/\b(?:FROM|JOIN|UPDATE|INTO)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    const table = m[1]!;
    out.set(table, table);
    const alias = m[2];
    if (alias && !KEYWORDS.has(alias.toUpperCase())) out.set(alias, table);
  }
  return out;
}

/**
 * The plan lines that read a growing table (or one of its indexes) from end to end: 'SCAN ap',
 * 'SCAN r USING INDEX …'. Not flagged: FTS matches (virtual tables), CTEs and subquery results
 * (bounded by their own plans, which are checked too), constant rows, small reference tables.
 */
export function fullScans(db: Db, e: Explained): string[] {
  const names = aliases(e.sql);
  return e.plan.filter((line) => {
    const m = /^SCAN (\w+)/.exec(line);
    if (!m || line.includes('VIRTUAL TABLE') || m[1] === 'CONSTANT') return false;
    const table = names.get(m[1]!) ?? m[1]!;
    if (SMALL_TABLES.has(table)) return false;
    const kind = db
      .prepare("SELECT type, sql FROM sqlite_master WHERE name = ? AND type = 'table'")
      .get(table) as { sql: string } | undefined;
    return kind !== undefined && !/^CREATE VIRTUAL TABLE/i.test(kind.sql);
  });
}

/** One line per statement for a failure message: the SQL's start and its plan. */
export const describePlan = (e: Explained): string =>
  `${e.sql.replace(/\s+/g, ' ').trim().slice(0, 160)} → ${e.plan.join(' | ')}`;
