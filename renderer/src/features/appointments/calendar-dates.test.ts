import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysOf,
  gridBounds,
  isAfterHours,
  mondayOf,
  stepAnchor,
  timeOf,
} from './calendar-dates';

describe('calendar dates', () => {
  it('starts weeks on Monday, across months and years', () => {
    expect(mondayOf('2025-03-05')).toBe('2025-03-03');
    expect(mondayOf('2025-03-09')).toBe('2025-03-03');
    expect(mondayOf('2025-01-01')).toBe('2024-12-30');
    expect(daysOf('week', '2025-03-05')).toEqual([
      '2025-03-03',
      '2025-03-04',
      '2025-03-05',
      '2025-03-06',
      '2025-03-07',
      '2025-03-08',
      '2025-03-09',
    ]);
    expect(daysOf('day', '2025-03-05')).toEqual(['2025-03-05']);
  });

  it('steps by a day or a week, through leap days', () => {
    expect(stepAnchor('day', '2024-02-28', 1)).toBe('2024-02-29');
    expect(stepAnchor('week', '2025-03-05', -1)).toBe('2025-02-26');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('widens the grid for after-hours appointments', () => {
    expect(gridBounds([])).toEqual({ start: 480, end: 1260 });
    expect(
      gridBounds([
        { start: '07:30', end: '08:20' },
        { start: '21:00', end: '22:10' },
      ]),
    ).toEqual({
      start: 420,
      end: 1380,
    });
    expect(timeOf(570)).toBe('09:30');
    expect(isAfterHours(18 * 60, '08:30', '17:30')).toBe(true);
    expect(isAfterHours(9 * 60, '08:30', '17:30')).toBe(false);
    expect(isAfterHours(8 * 60, '08:30', '17:30')).toBe(false);
    expect(isAfterHours(7 * 60, '08:30', '17:30')).toBe(true);
  });
});
