/**
 * The one formatter and parser for ROC-era (民國) dates. Dates are stored as ISO `YYYY-MM-DD`
 * and shown in the ROC era (ROC year = Gregorian year − 1911). `Intl`'s ROC calendar does not
 * give the exact forms offices use (`114/03/05`, `民國114年3月5日`, `1140305`), so this is
 * written by hand and property-tested.
 *
 * Pure calendar arithmetic, no `Date` objects: a calendar date has no time zone, and a `Date`
 * would move it by a day in some zones.
 */

/** Gregorian year of ROC year 1. */
export const ROC_EPOCH_YEAR = 1912;
const ROC_OFFSET = 1911;
/**
 * The last supported year: ROC 999. A four-digit ROC year would read as a Gregorian one in
 * `1000/01/01`, so the round trip stops here.
 */
export const MAX_GREGORIAN_YEAR = ROC_OFFSET + 999;

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const DATE_PARSE_FAILURES = [
  'empty',
  'format',
  'calendar',
  'beforeRoc',
  'outOfRange',
] as const;
/** Why an input is not a date; the renderer maps each to a `validation.date.*` message. */
export type DateParseFailure = (typeof DATE_PARSE_FAILURES)[number];

export type DateParseResult =
  | { readonly ok: true; readonly iso: string }
  | { readonly ok: false; readonly reason: DateParseFailure };

export const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a stored ISO date; throws on anything else, since stored dates are validated on write. */
export function parseIsoDate(iso: string): CalendarDate {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`Not an ISO calendar date: ${JSON.stringify(iso)}`);
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const problem = checkCalendar(date);
  if (problem) throw new RangeError(`Not a supported date (${problem}): ${iso}`);
  return date;
}

export const toIsoDate = ({ year, month, day }: CalendarDate): string =>
  `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;

function checkCalendar(d: CalendarDate): DateParseFailure | null {
  if (d.year < ROC_EPOCH_YEAR) return 'beforeRoc';
  if (d.year > MAX_GREGORIAN_YEAR) return 'outOfRange';
  if (d.month < 1 || d.month > 12 || d.day < 1) return 'calendar';
  if (d.day > daysInMonth(d.year, d.month)) return 'calendar';
  return null;
}

/** 2025 → 114. */
export const toRocYear = (gregorianYear: number): number => gregorianYear - ROC_OFFSET;

/** '2025-03-05' → '114/03/05' (lists, tables, form fields). */
export function formatRocShort(iso: string): string {
  const d = parseIsoDate(iso);
  return `${toRocYear(d.year)}/${pad2(d.month)}/${pad2(d.day)}`;
}

/** '2025-03-05' → '民國114年3月5日' (prose, headings). */
export function formatRocLong(iso: string): string {
  const d = parseIsoDate(iso);
  return `民國${toRocYear(d.year)}年${d.month}月${d.day}日`;
}

/** '2025-03-05' → '中華民國114年03月05日', the form official statistical footers use (編製日期). */
export function formatRocOfficialPadded(iso: string): string {
  const d = parseIsoDate(iso);
  return `中華民國${toRocYear(d.year)}年${pad2(d.month)}月${pad2(d.day)}日`;
}

/** '2025-03-05' → '1140305', the seven-digit form used in file names and forms. */
export function formatRocCompact(iso: string): string {
  const d = parseIsoDate(iso);
  return `${String(toRocYear(d.year)).padStart(3, '0')}${pad2(d.month)}${pad2(d.day)}`;
}

/** '2025-03-05' → '2025-03-05', for people who prefer the Gregorian calendar. */
export function formatGregorian(iso: string): string {
  return toIsoDate(parseIsoDate(iso));
}

export type DateDisplay = 'roc' | 'gregorian';

/** The short display form for the chosen calendar: ROC by default. */
export function formatDateShort(iso: string, display: DateDisplay = 'roc'): string {
  return display === 'roc' ? formatRocShort(iso) : formatGregorian(iso);
}

// Each accepted form, with which calendar its year is in. Order matters only for readability:
// the forms do not overlap (ROC years have 1–3 digits, Gregorian years 4).
const FORMS: readonly { readonly re: RegExp; readonly era: 'roc' | 'gregorian' }[] = [
  { re: /^(\d{1,3})[/.-](\d{1,2})[/.-](\d{1,2})$/, era: 'roc' },
  { re: /^(\d{3})(\d{2})(\d{2})$/, era: 'roc' },
  { re: /^(?:中華)?民國(\d{1,4})年(\d{1,2})月(\d{1,2})日?$/, era: 'roc' },
  { re: /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/, era: 'gregorian' },
  { re: /^(\d{4})(\d{2})(\d{2})$/, era: 'gregorian' },
  { re: /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/, era: 'gregorian' },
];

/**
 * Reads what a person typed: '114/03/05', '114/3/5', '114.03.05', '1140305', '民國114年3月5日',
 * '中華民國114年3月5日', '2025-03-05', '2025/03/05'. Full-width digits and punctuation from a
 * Chinese IME are accepted (NFKC), as are spaces around the parts. Returns an ISO date or why not.
 */
export function parseDateInput(text: string): DateParseResult {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  if (s === '') return { ok: false, reason: 'empty' };
  for (const { re, era } of FORMS) {
    const m = re.exec(s);
    if (!m) continue;
    const rawYear = Number(m[1]);
    if (era === 'roc' && rawYear > 999) return { ok: false, reason: 'outOfRange' };
    if (era === 'roc' && rawYear < 1) return { ok: false, reason: 'beforeRoc' };
    const date = {
      year: era === 'roc' ? rawYear + ROC_OFFSET : rawYear,
      month: Number(m[2]),
      day: Number(m[3]),
    };
    const problem = checkCalendar(date);
    return problem ? { ok: false, reason: problem } : { ok: true, iso: toIsoDate(date) };
  }
  return { ok: false, reason: 'format' };
}
