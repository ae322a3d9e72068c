import { describe, expect, it } from 'vitest';
import {
  activeFields,
  clearField,
  EMPTY_FILTER,
  fromListFilter,
  sameFilter,
  toggleValue,
  toListFilter,
} from './case-filter';

describe('case list filter', () => {
  it('asks core only for conditions that are set', () => {
    expect(toListFilter(EMPTY_FILTER)).toEqual({ sort: 'updatedAt', dir: 'desc' });
    expect(
      toListFilter({
        ...EMPTY_FILTER,
        search: '  淑美 ',
        status: ['intake', 'active'],
        overdue: true,
      }),
    ).toEqual({
      status: ['active', 'intake'],
      overdue: true,
      search: '淑美',
      sort: 'updatedAt',
      dir: 'desc',
    });
  });

  it('round-trips through a saved filter', () => {
    const state = {
      ...EMPTY_FILTER,
      riskLevels: ['high', 'crisis'] as const,
      agencyId: 'a1',
      requestedFrom: '2025-01-01',
      sort: 'nextFollowUp' as const,
      dir: 'asc' as const,
    };
    const saved = toListFilter({ ...state, riskLevels: [...state.riskLevels] });
    expect(toListFilter(fromListFilter(saved))).toEqual(saved);
  });

  it('presses and releases chips', () => {
    expect(toggleValue(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleValue(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('lists and clears active conditions one by one', () => {
    const s = { ...EMPTY_FILTER, search: '王', overdue: true, deskOwnerId: 'd1' };
    expect(activeFields(s)).toEqual(['search', 'overdue', 'deskOwnerId']);
    expect(activeFields(clearField(s, 'overdue'))).toEqual(['search', 'deskOwnerId']);
    expect(activeFields({ ...EMPTY_FILTER, search: '   ' })).toEqual([]);
  });

  it('treats the same question in another order as the same filter', () => {
    expect(
      sameFilter(
        { status: ['intake', 'active'] },
        { status: ['active', 'intake'], sort: 'updatedAt', dir: 'desc' },
      ),
    ).toBe(true);
    expect(sameFilter({ overdue: true }, {})).toBe(false);
  });
});
