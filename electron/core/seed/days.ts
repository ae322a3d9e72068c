/**
 * Calendar arithmetic for the generator on day numbers (days since 1970-01-01): a calendar date
 * has no time zone, so UTC is used only as a counting device. Timestamps (created_at …) are then
 * placed in the office's local time zone, like the rows the app writes.
 */
const DAY_MS = 86_400_000;

export const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoCache = new Map<number, string>();
/** Memoised: the generator formats the same few thousand days over and over. */
export function isoOf(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}
/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (day: number): number => (day + 4) % 7;

/** Epoch ms of a local wall-clock time on that day. */
export function localMs(day: number, minutesAfterMidnight: number): number {
  const d = new Date(day * DAY_MS);
  return new Date(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    0,
    minutesAfterMidnight,
  ).getTime();
}

/** The office's calendar day (local time zone) of an instant, as a day number. */
export function localDayOf(epochMs: number): number {
  const d = new Date(epochMs);
  return Math.floor(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS);
}
