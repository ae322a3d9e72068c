import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDateShort,
  formatGregorian,
  formatRocCompact,
  formatRocLong,
  formatRocOfficialPadded,
  formatRocShort,
  parseDateInput,
  parseIsoDate,
} from './roc-date';

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(1912, 0, 1);
const LAST = Date.UTC(2199, 11, 31);

/** Every ISO date from 1912-01-01 to 2199-12-31, generated independently of the code under test. */
const isoDates = fc
  .integer({ min: 0, max: (LAST - FIRST) / DAY_MS })
  .map((n) => new Date(FIRST + n * DAY_MS).toISOString().slice(0, 10));

/** Oracle for calendar validity: `Date.UTC` normalises overflow, so a real date survives it. */
function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

describe('ROC date round trip (property)', () => {
  it('short form parses back to the same ISO date', () => {
    fc.assert(
      fc.property(isoDates, (iso) => {
        expect(parseDateInput(formatRocShort(iso))).toEqual({ ok: true, iso });
      }),
      { numRuns: 2000 },
    );
  });

  it('long, official and compact forms parse back to the same ISO date', () => {
    fc.assert(
      fc.property(isoDates, (iso) => {
        expect(parseDateInput(formatRocLong(iso))).toEqual({ ok: true, iso });
        expect(parseDateInput(formatRocOfficialPadded(iso))).toEqual({ ok: true, iso });
        expect(parseDateInput(formatRocCompact(iso))).toEqual({ ok: true, iso });
        expect(parseDateInput(formatGregorian(iso))).toEqual({ ok: true, iso });
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every single day of the range, not just a sample', () => {
    // About 105,000 days: cheap enough to check exhaustively, so no date can slip through.
    let failures = 0;
    for (let t = FIRST; t <= LAST; t += DAY_MS) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const short = parseDateInput(formatRocShort(iso));
      const long = parseDateInput(formatRocLong(iso));
      if (!short.ok || short.iso !== iso || !long.ok || long.iso !== iso) failures++;
    }
    expect(failures).toBe(0);
  });

  it('ROC year is always Gregorian year − 1911', () => {
    fc.assert(
      fc.property(isoDates, (iso) => {
        const year = Number(iso.slice(0, 4));
        expect(formatRocShort(iso).split('/')[0]).toBe(String(year - 1911));
      }),
    );
  });

  it('accepts a typed y/m/d exactly when it is a real calendar date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 288 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (roc, m, d) => {
          const result = parseDateInput(`${roc}/${m}/${d}`);
          expect(result.ok).toBe(isRealDate(roc + 1911, m, d));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const r = parseDateInput(s);
        if (r.ok) expect(() => parseIsoDate(r.iso)).not.toThrow();
      }),
    );
  });
});

describe('formatters', () => {
  it('formats the documented forms', () => {
    expect(formatRocShort('2025-03-05')).toBe('114/03/05');
    expect(formatRocLong('2025-03-05')).toBe('民國114年3月5日');
    expect(formatRocOfficialPadded('2025-11-04')).toBe('中華民國114年11月04日');
    expect(formatRocCompact('2025-01-01')).toBe('1140101');
    expect(formatRocCompact('1921-01-01')).toBe('0100101');
    expect(formatRocShort('1912-01-01')).toBe('1/01/01');
    expect(formatDateShort('2025-03-05')).toBe('114/03/05');
    expect(formatDateShort('2025-03-05', 'gregorian')).toBe('2025-03-05');
  });

  it('refuses what is not a stored ISO date', () => {
    expect(() => formatRocShort('2025-3-5')).toThrow(RangeError);
    expect(() => formatRocShort('2025-02-29')).toThrow(RangeError);
    expect(() => formatRocShort('1911-12-31')).toThrow(RangeError);
    expect(() => formatRocLong('')).toThrow(RangeError);
  });
});

describe('parseDateInput', () => {
  const ok = (iso: string) => ({ ok: true, iso });
  const fail = (reason: string) => ({ ok: false, reason });

  it.each([
    ['114/03/05', '2025-03-05'],
    ['114/3/5', '2025-03-05'],
    ['114.03.05', '2025-03-05'],
    ['114-3-5', '2025-03-05'],
    ['1140305', '2025-03-05'],
    ['0990305', '2010-03-05'],
    ['99/3/5', '2010-03-05'],
    ['民國114年3月5日', '2025-03-05'],
    ['中華民國114年03月05日', '2025-03-05'],
    ['民國114年3月5', '2025-03-05'],
    ['2025-03-05', '2025-03-05'],
    ['2025/03/05', '2025-03-05'],
    ['2025/3/5', '2025-03-05'],
    ['20250305', '2025-03-05'],
    ['2025年3月5日', '2025-03-05'],
    ['  114 / 03 / 05 ', '2025-03-05'],
    ['１１４／０３／０５', '2025-03-05'],
    ['1/1/1', '1912-01-01'],
  ])('reads %s', (text, iso) => {
    expect(parseDateInput(text)).toEqual(ok(iso));
  });

  it('follows leap years: 113/02/29 exists (2024), 114/02/29 does not', () => {
    expect(parseDateInput('113/02/29')).toEqual(ok('2024-02-29'));
    expect(parseDateInput('114/02/29')).toEqual(fail('calendar'));
    expect(parseDateInput('89/02/29')).toEqual(ok('2000-02-29'));
    expect(parseDateInput('2100-02-29')).toEqual(fail('calendar'));
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['114/13/01', 'calendar'],
    ['114/04/31', 'calendar'],
    ['114/00/10', 'calendar'],
    ['114/01/00', 'calendar'],
    ['0/01/01', 'beforeRoc'],
    ['民國0年1月1日', 'beforeRoc'],
    ['1911-12-31', 'beforeRoc'],
    ['19110101', 'beforeRoc'],
    ['民國1000年1月1日', 'outOfRange'],
    ['2911-01-01', 'outOfRange'],
    ['114/03', 'format'],
    ['1140305x', 'format'],
    ['140305', 'format'],
    ['中華民国114年3月5日', 'format'],
    ['114//03/05', 'format'],
    ['March 5 2025', 'format'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(parseDateInput(text)).toEqual(fail(reason));
  });
});
