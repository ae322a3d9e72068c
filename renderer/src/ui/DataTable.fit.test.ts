import { describe, expect, it } from 'vitest';
import { columnsToDrop } from './DataTable';

/** Which columns step out of view so the rest fit the table's box (no sideways scrolling). */
const columns = [
  { id: 'number', width: 120 },
  { id: 'name', width: 100 },
  { id: 'agency', width: 150, dropOrder: 4 },
  { id: 'facets', width: 150, dropOrder: 3 },
  { id: 'owner', width: 110, dropOrder: 2 },
  { id: 'requested', width: 110, dropOrder: 1 },
  { id: 'followUp', width: 160 },
];
const all = columns.reduce((s, c) => s + c.width, 0); // 900

describe('columnsToDrop', () => {
  it('drops nothing when everything fits, or before the box is measured', () => {
    expect(columnsToDrop(columns, {}, all)).toEqual([]);
    expect(columnsToDrop(columns, {}, 0)).toEqual([]);
  });

  it('drops the least wanted first, only as many as needed', () => {
    expect(columnsToDrop(columns, {}, all - 1)).toEqual(['requested']);
    expect(columnsToDrop(columns, {}, all - 111)).toEqual(['requested', 'owner']);
  });

  it('brings back a dropped column that fits the room left, the most wanted first', () => {
    // Dropping requested and owner is not enough; once facets is out, owner fits again.
    expect(columnsToDrop(columns, {}, all - 260)).toEqual(['requested', 'facets']);
  });

  it("never overrides the person's own choice in the column chooser", () => {
    expect(columnsToDrop(columns, { requested: true }, all - 1)).toEqual(['owner']);
    expect(columnsToDrop(columns, { facets: false }, all - 1)).toEqual([]);
    // Only columns with a dropOrder step out: the rest may still be too wide.
    expect(columnsToDrop(columns, {}, 300)).toEqual(['requested', 'owner', 'facets', 'agency']);
  });
});
