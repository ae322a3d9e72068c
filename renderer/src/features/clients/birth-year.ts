/**
 * A birth year as offices say it: 74 (民國74年, ROC) or 1985. One to three digits read as ROC,
 * four as Gregorian; full-width digits from a Chinese IME count. Returns the Gregorian year, or
 * null for empty input, or 'invalid'. The upper bound (this year) is core's to check too.
 */
export function parseBirthYear(text: string, thisYear: number): number | null | 'invalid' {
  const s = text.normalize('NFKC').trim().replace(/^民國/, '').replace(/年$/, '');
  if (s === '') return null;
  if (!/^\d{1,4}$/.test(s)) return 'invalid';
  const n = Number(s);
  const year = s.length <= 3 ? n + 1911 : n;
  return year >= 1900 && year <= thisYear ? year : 'invalid';
}

/** The Gregorian year as ROC: 1985 → 74. */
export const rocYearOf = (year: number): number => year - 1911;
