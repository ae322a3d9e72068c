import { describe, expect, it } from 'vitest';
import { ariaSortOf, isRowKey, nextRowIndex, shouldLoadMore, toggleSort } from './data-table-keys';

describe('nextRowIndex', () => {
  it('starts at the first row going down and the last going up', () => {
    expect(nextRowIndex('ArrowDown', -1, 10, 5)).toBe(0);
    expect(nextRowIndex('ArrowUp', -1, 10, 5)).toBe(9);
  });
  it('stops at both ends', () => {
    expect(nextRowIndex('ArrowDown', 9, 10, 5)).toBe(9);
    expect(nextRowIndex('ArrowUp', 0, 10, 5)).toBe(0);
  });
  it('jumps with Home, End and whole pages', () => {
    expect(nextRowIndex('Home', 7, 10, 5)).toBe(0);
    expect(nextRowIndex('End', 2, 10, 5)).toBe(9);
    expect(nextRowIndex('PageDown', 2, 10, 5)).toBe(7);
    expect(nextRowIndex('PageDown', 8, 10, 5)).toBe(9);
    expect(nextRowIndex('PageUp', 3, 10, 5)).toBe(0);
    expect(nextRowIndex('PageDown', -1, 10, 0)).toBe(1);
  });
  it('has nowhere to go in an empty table', () => {
    expect(nextRowIndex('ArrowDown', -1, 0, 5)).toBe(-1);
    expect(nextRowIndex('End', -1, 0, 5)).toBe(-1);
  });
  it('knows which keys are its own', () => {
    expect(isRowKey('End')).toBe(true);
    expect(isRowKey('Enter')).toBe(false);
    expect(isRowKey('a')).toBe(false);
  });
});

describe('shouldLoadMore', () => {
  const base = { loaded: 100, hasMore: true, busy: false, threshold: 20 };
  it('asks near the end of what is loaded', () => {
    expect(shouldLoadMore({ ...base, lastVisibleIndex: 79 })).toBe(true);
    expect(shouldLoadMore({ ...base, lastVisibleIndex: 78 })).toBe(false);
  });
  it('never asks twice at once, nor past the last page', () => {
    expect(shouldLoadMore({ ...base, lastVisibleIndex: 99, busy: true })).toBe(false);
    expect(shouldLoadMore({ ...base, lastVisibleIndex: 99, hasMore: false })).toBe(false);
  });
});

describe('toggleSort', () => {
  it('flips the sorted column and starts others in their natural direction', () => {
    expect(toggleSort({ id: 'a', desc: true }, 'a', true)).toEqual({ id: 'a', desc: false });
    expect(toggleSort({ id: 'a', desc: false }, 'a', true)).toEqual({ id: 'a', desc: true });
    expect(toggleSort({ id: 'a', desc: false }, 'b', true)).toEqual({ id: 'b', desc: true });
    expect(toggleSort(null, 'b', false)).toEqual({ id: 'b', desc: false });
  });
  it('tells screen readers how a column sorts', () => {
    expect(ariaSortOf({ id: 'a', desc: true }, 'a')).toBe('descending');
    expect(ariaSortOf({ id: 'a', desc: false }, 'a')).toBe('ascending');
    expect(ariaSortOf({ id: 'a', desc: false }, 'b')).toBe('none');
    expect(ariaSortOf(null, 'b')).toBe('none');
  });
});
