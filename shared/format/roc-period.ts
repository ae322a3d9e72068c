import { parseIsoDate, toRocYear } from './roc-date';

/**
 * A reporting period, with Gregorian years (as stored). Official statistical tables name it in
 * the ROC era, e.g. 「中華民國114年第1季」 or 「中華民國114年1月至6月」 (REPORTS.md).
 */
export type ReportPeriod =
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  /** A run of months in one year: a half-year is `{ fromMonth: 1, toMonth: 6 }`. */
  | {
      readonly kind: 'months';
      readonly year: number;
      readonly fromMonth: number;
      readonly toMonth: number;
    }
  /** A custom range of ISO dates, inclusive. */
  | { readonly kind: 'range'; readonly from: string; readonly to: string };

export function formatRocPeriod(p: ReportPeriod): string {
  switch (p.kind) {
    case 'year':
      return `中華民國${rocYear(p.year)}年`;
    case 'quarter':
      return `中華民國${rocYear(p.year)}年第${p.quarter}季`;
    case 'month':
      return `中華民國${rocYear(p.year)}年${month(p.month)}月`;
    case 'months':
      if (p.fromMonth > p.toMonth) throw new RangeError('fromMonth after toMonth');
      return `中華民國${rocYear(p.year)}年${month(p.fromMonth)}月至${month(p.toMonth)}月`;
    case 'range': {
      const from = parseIsoDate(p.from);
      const to = parseIsoDate(p.to);
      if (p.from > p.to) throw new RangeError('range ends before it starts');
      return (
        `中華民國${toRocYear(from.year)}年${from.month}月${from.day}日至` +
        `${toRocYear(to.year)}年${to.month}月${to.day}日`
      );
    }
  }
}

function rocYear(year: number): number {
  const roc = toRocYear(year);
  if (!Number.isInteger(roc) || roc < 1) throw new RangeError(`year before ROC 1: ${year}`);
  return roc;
}

function month(m: number): number {
  if (!Number.isInteger(m) || m < 1 || m > 12) throw new RangeError(`not a month: ${m}`);
  return m;
}
