import { looksLikeNationalId } from '../../../../shared/domain/national-id';
import type { MessageParams } from '../../../../shared/ipc/envelope';
import { parseDateInput } from '../../../../shared/format/roc-date';
import type { Db } from '../../db/open';
import { phoneDigits, segmentForSearch } from '../../search/fold';
import { parseCsv } from '../agencies/csv';

/**
 * Reads a provider's hours CSV into a plan, touching no rows: every line is checked and every
 * problem reported with its line number, so a dry run and a real run say the same. Clients who
 * went to the provider directly (Keelung channel 1) are matched by phone (6+ digits) or by folded
 * name + agency; anyone else becomes a new client, once per person in the file.
 */
export interface LineError {
  readonly line: number;
  readonly key: string;
  readonly params?: MessageParams;
}
export interface PlannedReport {
  readonly line: number;
  readonly date: string;
  readonly minutes: number;
  readonly reference: string | null;
  /** An existing client, or the key of a new person in `newClients`. */
  readonly clientId: string | null;
  readonly newKey: string | null;
  readonly how: 'nameAgency' | 'phone' | 'new';
}
export interface NewClient {
  readonly name: string;
  readonly agencyId: string | null;
  readonly category: string | null;
  readonly phone: string | null;
}
export interface ImportPlan {
  rows: number;
  readonly reports: PlannedReport[];
  readonly newClients: Map<string, NewClient>;
  readonly errors: LineError[];
}

type Column = 'date' | 'client' | 'agency' | 'category' | 'hours' | 'reference' | 'phone';
const ALIASES: Readonly<Record<string, Column>> = {
  date: 'date',
  日期: 'date',
  client: 'client',
  name: 'client',
  姓名: 'client',
  agency: 'agency',
  機關: 'agency',
  服務機關: 'agency',
  category: 'category',
  人員類別: 'category',
  hours: 'hours',
  時數: 'hours',
  reference: 'reference',
  參考編號: 'reference',
  編號: 'reference',
  phone: 'phone',
  電話: 'phone',
};
export const MAX_REPORT_ROWS = 20_000;

/** '2025-03' → [2025-03-01, 2025-03-31]; '2025-Q2' → [2025-04-01, 2025-06-30]. */
export function periodRange(period: string): { from: string; to: string } {
  const year = Number(period.slice(0, 4));
  const [m1, m2] =
    period[5] === 'Q'
      ? [(Number(period[6]) - 1) * 3 + 1, (Number(period[6]) - 1) * 3 + 3]
      : [Number(period.slice(5, 7)), Number(period.slice(5, 7))];
  const last = new Date(Date.UTC(year, m2, 0)).getUTCDate();
  const p = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${p(m1)}-01`, to: `${year}-${p(m2)}-${p(last)}` };
}

export function planProviderImport(db: Db, text: string, period: string): ImportPlan {
  const plan: ImportPlan = { rows: 0, reports: [], newClients: new Map(), errors: [] };
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
  const columns = header.fields.map((f) => ALIASES[f.trim().toLowerCase()] ?? null);
  header.fields.forEach((f, i) => {
    if (columns[i] === null)
      fail(header.line, 'validation.csv.unknownColumn', { column: f.trim().slice(0, 40) });
  });
  for (const required of ['date', 'client', 'hours'] as const)
    if (!columns.includes(required))
      fail(header.line, 'validation.csv.missingColumn', { column: required });
  if (plan.errors.length > 0) return plan;
  if (records.length > MAX_REPORT_ROWS) {
    fail(0, 'validation.csv.tooManyRows', { max: MAX_REPORT_ROWS });
    return plan;
  }
  const range = periodRange(period);
  const agencies = db.prepare('SELECT id, code, name FROM agency').all() as {
    id: string;
    code: string;
    name: string;
  }[];
  const agencyOf = new Map<string, string>();
  for (const a of agencies) agencyOf.set(a.code, a.id).set(a.name, a.id);
  const categories = db
    .prepare("SELECT code, label_zh FROM ref_item WHERE list = 'staffCategory' AND active = 1")
    .all() as { code: string; label_zh: string }[];
  const categoryOf = new Map<string, string>();
  for (const c of categories) categoryOf.set(c.code, c.code).set(c.label_zh, c.code);
  const byPhone = db
    .prepare('SELECT id FROM client WHERE merged_into IS NULL AND phone_digits = ? LIMIT 1')
    .pluck();
  const byName = db
    .prepare(
      'SELECT id FROM client WHERE merged_into IS NULL AND name_search = ? AND agency_id IS ? LIMIT 1',
    )
    .pluck();

  for (const rec of records) {
    plan.rows += 1;
    const line = rec.line;
    if (rec.fields.length !== columns.length) {
      fail(line, 'validation.csv.columns', { expected: columns.length, found: rec.fields.length });
      continue;
    }
    const get = (c: Column) => {
      const i = columns.indexOf(c);
      return i < 0 ? '' : (rec.fields[i] ?? '').trim();
    };
    const before = plan.errors.length;
    const date = parseDateInput(get('date'));
    if (!date.ok || date.iso < range.from || date.iso > range.to)
      fail(line, 'validation.csv.reportDate');
    const name = get('client');
    if (name === '' || name.length > 60 || looksLikeNationalId(name))
      fail(line, 'validation.csv.clientName');
    const hours = Number(get('hours'));
    if (
      !/^\d+(\.\d+)?$/.test(get('hours')) ||
      hours < 0.5 ||
      hours > 24 ||
      !Number.isInteger(hours * 2)
    )
      fail(line, 'validation.csv.hours');
    const agencyRaw = get('agency');
    const agencyId = agencyRaw === '' ? null : (agencyOf.get(agencyRaw) ?? undefined);
    if (agencyId === undefined)
      fail(line, 'validation.csv.agencyUnknown', { agency: agencyRaw.slice(0, 40) });
    const categoryRaw = get('category');
    const category = categoryRaw === '' ? null : (categoryOf.get(categoryRaw) ?? undefined);
    if (category === undefined) fail(line, 'validation.csv.category');
    const reference = get('reference');
    if (reference.length > 60 || looksLikeNationalId(reference))
      fail(line, 'validation.csv.reference');
    if (plan.errors.length > before || !date.ok || agencyId === undefined || category === undefined)
      continue;
    const phone = phoneDigits(get('phone'));
    const seg = segmentForSearch(name);
    const byPhoneId =
      phone && phone.length >= 6 ? (byPhone.get(phone) as string | undefined) : undefined;
    const byNameId = byPhoneId ? undefined : (byName.get(seg, agencyId) as string | undefined);
    const found = byPhoneId ?? byNameId ?? null;
    const newKey = found ? null : `${seg}|${agencyId ?? ''}`;
    if (newKey && !plan.newClients.has(newKey))
      plan.newClients.set(newKey, { name, agencyId, category, phone: get('phone') || null });
    plan.reports.push({
      line,
      date: date.iso,
      minutes: Math.round(hours * 60),
      reference: reference || null,
      clientId: found,
      newKey,
      how: byPhoneId ? 'phone' : byNameId ? 'nameAgency' : 'new',
    });
  }
  return plan;
}
