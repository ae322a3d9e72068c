import { looksLikeNationalId } from '../../../../shared/domain/national-id';
import {
  AGENCY_KINDS,
  AGENCY_KIND_ZH,
  type AgencyKind,
} from '../../../../shared/domain/reference-lists';
import type { MessageParams } from '../../../../shared/ipc/envelope';
import type { Db } from '../../db/open';
import { parseCsv } from './csv';

/**
 * Reads an agency CSV into a plan without touching the database's rows: every line is checked
 * and every problem reported with its line number, so a dry run and a real run say the same.
 */
export interface LineError {
  readonly line: number;
  readonly key: string;
  readonly params?: MessageParams;
}
export interface PlannedAgency {
  readonly line: number;
  readonly code: string;
  readonly name: string;
  /** undefined = the file has no parent column: keep the current parent. '' = a root. */
  readonly parentCode: string | undefined;
  readonly kind: AgencyKind | undefined;
}
export interface PlannedHeadcount {
  readonly line: number;
  readonly code: string;
  readonly year: number;
  readonly category: string;
  readonly headcount: number;
}
export interface ImportPlan {
  rows: number;
  /** True when the file as a whole is unreadable (quotes, header): no line was checked. */
  fatal: boolean;
  readonly agencies: Map<string, PlannedAgency>;
  /** Every code the file names, also on lines with errors (a parent there is not "unknown"). */
  readonly codes: Set<string>;
  readonly headcounts: PlannedHeadcount[];
  readonly errors: LineError[];
}

type Column = 'code' | 'name' | 'parent_code' | 'kind' | 'year' | 'headcount' | 'category';
const ALIASES: Readonly<Record<string, Column>> = {
  code: 'code',
  機關代碼: 'code',
  name: 'name',
  機關名稱: 'name',
  parent_code: 'parent_code',
  parentcode: 'parent_code',
  上級機關代碼: 'parent_code',
  kind: 'kind',
  類型: 'kind',
  year: 'year',
  年度: 'year',
  headcount: 'headcount',
  員額: 'headcount',
  category: 'category',
  人員類別: 'category',
};
const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,29}$/;
export const MAX_IMPORT_ROWS = 20_000;

function parseKind(raw: string): AgencyKind | null | undefined {
  if (raw === '') return undefined;
  if ((AGENCY_KINDS as readonly string[]).includes(raw)) return raw as AgencyKind;
  return AGENCY_KIND_ZH[raw] ?? null;
}

/** ROC years (1–3 digits, e.g. 114) become Gregorian; four digits are taken as Gregorian. */
function parseYear(raw: string): number | null {
  if (!/^\d{1,4}$/.test(raw)) return null;
  const n = Number(raw);
  const year = raw.length <= 3 ? n + 1911 : n;
  return year >= 1912 && year <= 2910 ? year : null;
}

/** A staff category by code or by its zh label, active items only. */
function categoryResolver(db: Db): (raw: string) => string | null {
  const rows = db
    .prepare("SELECT code, label_zh FROM ref_item WHERE list = 'staffCategory' AND active = 1")
    .all() as { code: string; label_zh: string }[];
  const map = new Map<string, string>();
  for (const r of rows) map.set(r.code, r.code).set(r.label_zh, r.code);
  return (raw) => map.get(raw) ?? null;
}

export function planImport(db: Db, text: string): ImportPlan {
  const plan: ImportPlan = {
    rows: 0,
    fatal: true,
    agencies: new Map(),
    codes: new Set(),
    headcounts: [],
    errors: [],
  };
  const fail = (line: number, key: string, params?: MessageParams) =>
    plan.errors.push(params ? { line, key, params } : { line, key });
  const parsed = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) {
    fail(parsed.line, 'validation.csv.quote', { line: parsed.line });
    return plan;
  }
  const records = parsed.records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  const header = records.shift();
  if (!header) {
    fail(0, 'validation.csv.empty');
    return plan;
  }
  const columns: (Column | null)[] = header.fields.map(
    (f) => ALIASES[f.trim().toLowerCase()] ?? null,
  );
  header.fields.forEach((f, i) => {
    if (columns[i] === null)
      fail(header.line, 'validation.csv.unknownColumn', { column: f.trim().slice(0, 40) });
  });
  for (const required of ['code', 'name'] as const) {
    if (!columns.includes(required))
      fail(header.line, 'validation.csv.missingColumn', { column: required });
  }
  if (columns.includes('year') !== columns.includes('headcount'))
    fail(header.line, 'validation.csv.missingColumn', {
      column: columns.includes('year') ? 'headcount' : 'year',
    });
  if (plan.errors.length > 0) return plan;
  if (records.length > MAX_IMPORT_ROWS) {
    fail(0, 'validation.csv.tooManyRows', { max: MAX_IMPORT_ROWS });
    return plan;
  }
  plan.fatal = false;
  const category = categoryResolver(db);
  const seenHeadcounts = new Map<string, number>();
  for (const rec of records) {
    plan.rows += 1;
    const line = rec.line;
    if (rec.fields.length !== columns.length) {
      fail(line, 'validation.csv.columns', { expected: columns.length, found: rec.fields.length });
      continue;
    }
    const get = (c: Column): string | undefined => {
      const i = columns.indexOf(c);
      return i < 0 ? undefined : rec.fields[i]!.trim();
    };
    const errorsBefore = plan.errors.length;
    const code = get('code')!;
    plan.codes.add(code);
    const name = get('name')!;
    const parentCode = get('parent_code');
    const kind = parseKind(get('kind') ?? '');
    if (!CODE.test(code)) fail(line, 'validation.csv.code');
    if (name === '' || name.length > 80 || looksLikeNationalId(name))
      fail(line, 'validation.csv.name');
    if (parentCode && !CODE.test(parentCode))
      fail(line, 'validation.csv.parentUnknown', { parent: parentCode.slice(0, 30) });
    if (parentCode && parentCode === code) fail(line, 'validation.csv.cycle');
    if (kind === null) fail(line, 'validation.csv.kind');
    const first = plan.agencies.get(code);
    if (
      first &&
      (first.name !== name ||
        (parentCode !== undefined && first.parentCode !== parentCode) ||
        (kind && first.kind !== kind))
    ) {
      fail(line, 'validation.csv.conflict', { first: first.line });
    }
    const rawYear = get('year') ?? '';
    const rawCount = get('headcount') ?? '';
    let headcount: PlannedHeadcount | null = null;
    if (rawYear !== '' || rawCount !== '') {
      const year = parseYear(rawYear);
      const count = /^\d{1,7}$/.test(rawCount) ? Number(rawCount) : null;
      const rawCategory = get('category') ?? '';
      const cat = rawCategory === '' ? '' : category(rawCategory);
      if (year === null) fail(line, 'validation.csv.year');
      if (count === null || count > 1_000_000) fail(line, 'validation.csv.headcount');
      if (cat === null) fail(line, 'validation.csv.category');
      if (year !== null && count !== null && cat !== null) {
        const key = `${code}|${year}|${cat}`;
        const earlier = seenHeadcounts.get(key);
        if (earlier !== undefined)
          fail(line, 'validation.csv.duplicateHeadcount', { first: earlier });
        seenHeadcounts.set(key, line);
        headcount = { line, code, year, category: cat, headcount: count };
      }
    }
    if (plan.errors.length > errorsBefore) continue;
    if (!first) plan.agencies.set(code, { line, code, name, parentCode, kind: kind ?? undefined });
    if (headcount) plan.headcounts.push(headcount);
  }
  return plan;
}
