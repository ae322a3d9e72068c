/**
 * The plan years offered: two back (to correct a past year's rules), this one and the next
 * (to prepare it before January), plus the one in the URL if it lies outside.
 */
export function planYearChoices(thisYear: number, shown: number): number[] {
  const years = new Set([thisYear - 2, thisYear - 1, thisYear, thisYear + 1, shown]);
  return [...years].sort((a, b) => a - b);
}

/** A year from the URL: a plausible Gregorian plan year, else null (→ this year). */
export function parsePlanYear(text: string | null): number | null {
  if (!text || !/^\d{4}$/.test(text)) return null;
  const y = Number(text);
  return y >= 1912 && y <= 2910 ? y : null;
}
