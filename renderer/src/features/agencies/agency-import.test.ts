import { describe, expect, it } from 'vitest';
import type { AgencyRow } from '../../../../shared/ipc/schemas/agencies';
import { readYear } from './AgenciesAdminPage';
import { agencyOptions, subtreeIds } from './agencies.queries';
import { countLines, previewCsv } from './csv-preview';
import { decodeCsv } from './decode-csv';
import { readHeadcount } from './HeadcountDialog';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeCsv', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('機關代碼,機關名稱')]))).toEqual({
      text: '機關代碼,機關名稱',
      encoding: 'utf-8-bom',
    });
    expect(decodeCsv(utf8('code,name\nA1,社會局'))).toEqual({
      text: 'code,name\nA1,社會局',
      encoding: 'utf-8',
    });
  });

  it('falls back to Big5 when the bytes are not UTF-8 (Excel on Traditional Chinese Windows)', () => {
    // 社會局 in Big5
    const big5 = new Uint8Array([...utf8('A1,'), 0xaa, 0xc0, 0xb7, 0x7c, 0xa7, 0xbd]);
    expect(decodeCsv(big5)).toEqual({ text: 'A1,社會局', encoding: 'big5' });
  });
});

describe('previewCsv', () => {
  it('numbers records by the file line they start on, as core does', () => {
    const text = '\uFEFFcode,name\r\nA1,"社會局,本部"\r\n\r\nA2,"兩行\n的名稱"\nA3,"引號""內"\n';
    expect(previewCsv(text)).toEqual([
      { line: 1, fields: ['code', 'name'] },
      { line: 2, fields: ['A1', '社會局,本部'] },
      { line: 4, fields: ['A2', '兩行\n的名稱'] },
      { line: 6, fields: ['A3', '引號"內'] },
    ]);
    expect(countLines(text)).toBe(6);
  });

  it('stops at the limit and keeps a last line without a newline', () => {
    expect(previewCsv('a,b\n1,2\n3,4', 2)).toHaveLength(2);
    expect(previewCsv('a,b\n1,2').at(-1)).toEqual({ line: 2, fields: ['1', '2'] });
  });
});

describe('years and headcounts as typed', () => {
  it('reads ROC and Gregorian years', () => {
    expect(readYear('114')).toBe(2025);
    expect(readYear('２０２５')).toBe(2025);
    expect(readYear('1')).toBeNull();
    expect(readYear('abc')).toBeNull();
  });

  it('reads headcounts: empty removes, commas allowed, negatives refused', () => {
    expect(readHeadcount('')).toBeNull();
    expect(readHeadcount('1,200')).toBe(1200);
    expect(readHeadcount('-3')).toBe('invalid');
    expect(readHeadcount('2000000')).toBe('invalid');
  });
});

describe('agency tree helpers', () => {
  const row = (id: string, parentId: string | null, depth: number, active = true): AgencyRow => ({
    id,
    code: id.toUpperCase(),
    name: `機關${id}`,
    parentId,
    kind: 'agency',
    sortOrder: 0,
    active,
    depth,
  });
  const rows = [row('a', null, 0), row('b', 'a', 1), row('c', 'b', 2), row('d', 'a', 1, false)];

  it('finds a branch, so an agency is never moved under itself', () => {
    expect([...subtreeIds(rows, 'b')].sort()).toEqual(['b', 'c']);
    expect(subtreeIds(rows, 'a').size).toBe(4);
  });

  it('offers the tree indented, codes matched, deactivated ones flagged', () => {
    const options = agencyOptions(rows);
    expect(options[2]).toEqual({ value: 'c', label: '機關c', detail: 'C', depth: 2 });
    expect(options[3]?.inactive).toBe(true);
  });
});
