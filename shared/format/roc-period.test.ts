import { describe, expect, it } from 'vitest';
import { formatRocPeriod } from './roc-period';

describe('formatRocPeriod', () => {
  it('names report periods the way official tables do', () => {
    expect(formatRocPeriod({ kind: 'quarter', year: 2025, quarter: 1 })).toBe('中華民國114年第1季');
    expect(formatRocPeriod({ kind: 'year', year: 2025 })).toBe('中華民國114年');
    expect(formatRocPeriod({ kind: 'month', year: 2025, month: 11 })).toBe('中華民國114年11月');
    expect(formatRocPeriod({ kind: 'months', year: 2025, fromMonth: 1, toMonth: 6 })).toBe(
      '中華民國114年1月至6月',
    );
    expect(formatRocPeriod({ kind: 'range', from: '2024-12-16', to: '2025-03-05' })).toBe(
      '中華民國113年12月16日至114年3月5日',
    );
  });

  it('uses the Traditional 國, never the Simplified 国', () => {
    expect(formatRocPeriod({ kind: 'year', year: 2025 })).not.toContain('国');
  });

  it('refuses impossible periods', () => {
    expect(() => formatRocPeriod({ kind: 'year', year: 1911 })).toThrow(RangeError);
    expect(() => formatRocPeriod({ kind: 'month', year: 2025, month: 13 })).toThrow(RangeError);
    expect(() => formatRocPeriod({ kind: 'months', year: 2025, fromMonth: 7, toMonth: 6 })).toThrow(
      RangeError,
    );
    expect(() => formatRocPeriod({ kind: 'range', from: '2025-03-05', to: '2025-03-04' })).toThrow(
      RangeError,
    );
  });
});
