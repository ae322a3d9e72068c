/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), done in UTC so a daylight-saving change on
 * this computer can never shift a day. Weeks start on Monday, as Taiwanese office calendars do.
 */
const DAY_MS = 86_400_000;

export const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay();

export const mondayOf = (iso: string): string => addDays(iso, -((weekdayOf(iso) + 6) % 7));

export type CalendarView = 'day' | 'week';

/** The days a view shows around `anchor`. */
export function daysOf(view: CalendarView, anchor: string): string[] {
  if (view === 'day') return [anchor];
  const monday = mondayOf(anchor);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** Where "previous" and "next" go: one day or one week. */
export const stepAnchor = (view: CalendarView, anchor: string, dir: 1 | -1): string =>
  addDays(anchor, view === 'day' ? dir : dir * 7);

export const minutesOf = (time: string): number =>
  Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export const timeOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The grid: 08:00–21:00 by default, widened to show any appointment outside it (after hours). */
export const GRID_START = 8 * 60;
export const GRID_END = 21 * 60;

export function gridBounds(times: readonly { start: string; end: string }[]): {
  start: number;
  end: number;
} {
  let start = GRID_START;
  let end = GRID_END;
  for (const t of times) {
    start = Math.min(start, Math.floor(minutesOf(t.start) / 60) * 60);
    end = Math.max(end, Math.ceil(minutesOf(t.end) / 60) * 60);
  }
  return { start, end };
}

/** Whether an hour of the grid lies wholly outside the office's working hours (after-hours). */
export const isAfterHours = (minutes: number, workStart: string, workEnd: string): boolean =>
  minutes + 60 <= minutesOf(workStart) || minutes >= minutesOf(workEnd);
