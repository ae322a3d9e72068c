/**
 * The office's wall clock. "至遲於協談前一天" is a rule about calendar days where the office is,
 * not about 24 hours and not about the machine's own zone (a PC set to UTC must still say that a
 * cancellation at 00:05 Taipei time is on the appointment's day). Intl does the zone arithmetic,
 * so summer time elsewhere would be right too.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface Parts {
  readonly date: string;
  readonly time: string;
  readonly wallMs: number;
}

function partsOf(epochMs: number, timeZone: string): Parts {
  const p: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(epochMs)))
    p[part.type] = part.value;
  const date = `${p['year']}-${p['month']}-${p['day']}`;
  const time = `${p['hour']}:${p['minute']}`;
  const wallMs = Date.UTC(
    Number(p['year']),
    Number(p['month']) - 1,
    Number(p['day']),
    Number(p['hour']),
    Number(p['minute']),
    Number(p['second']),
  );
  return { date, time, wallMs };
}

/** The office's calendar day ('YYYY-MM-DD') at an instant. */
export function officeDate(epochMs: number, timeZone: string): string {
  return partsOf(epochMs, timeZone).date;
}

/** The instant of a local date and 'HH:mm' in the office's zone (the earlier one in a fold). */
export function officeInstant(date: string, time: string, timeZone: string): number {
  const wall = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    Number(time.slice(0, 2)),
    Number(time.slice(3, 5)),
  );
  // Two passes: the offset at the first guess may differ from the offset at the answer.
  let guess = wall;
  for (let i = 0; i < 2; i++) guess = wall - (partsOf(guess, timeZone).wallMs - guess);
  return guess;
}

export const minutesOf = (time: string): number =>
  Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
export const timeOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** 0 = Sunday … 6 = Saturday, for a calendar date (no zone involved). */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
