import { describe, expect, it } from 'vitest';
import { parsePlanYear, planYearChoices } from './plan-years';

describe('plan years', () => {
  it('offers two years back, this one and the next, and keeps one from the URL', () => {
    expect(planYearChoices(2026, 2026)).toEqual([2024, 2025, 2026, 2027]);
    expect(planYearChoices(2026, 2020)).toEqual([2020, 2024, 2025, 2026, 2027]);
  });

  it('reads only a plausible Gregorian year from the URL', () => {
    expect(parsePlanYear('2026')).toBe(2026);
    expect(parsePlanYear('115')).toBeNull();
    expect(parsePlanYear('1800')).toBeNull();
    expect(parsePlanYear(null)).toBeNull();
  });
});
