import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, periodOf } from './decode-text';

describe('provider CSV text', () => {
  it('reads UTF-8 and drops the BOM', () => {
    const bytes = new TextEncoder().encode('\uFEFF日期,姓名\n');
    expect(decodeCsvBytes(bytes)).toEqual({ text: '日期,姓名\n', encoding: 'utf-8' });
  });

  it('falls back to Big5', () => {
    // 「日期」 in Big5.
    const bytes = new Uint8Array([0xa4, 0xe9, 0xb4, 0xc1]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: '日期', encoding: 'big5' });
  });

  it('names months and quarters', () => {
    expect(periodOf(2025, '3')).toBe('2025-03');
    expect(periodOf(2025, 'Q1')).toBe('2025-Q1');
  });
});
