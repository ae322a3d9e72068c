import { describe, expect, it } from 'vitest';
import { foldText, phoneDigits, segmentForSearch } from './fold';

describe('search folding', () => {
  it('folds 台/臺 and full-width forms', () => {
    expect(foldText('台北')).toBe('臺北');
    expect(foldText('ＡＢＣ１２３')).toBe('abc123');
  });
  it('separates Chinese characters and keeps Latin words whole', () => {
    expect(segmentForSearch('王小明')).toBe('王 小 明');
    expect(segmentForSearch('Wang 小明')).toBe('wang 小 明');
    expect(segmentForSearch('台中市・陳')).toBe('臺 中 市 陳');
  });
  it('normalises phone numbers to digits', () => {
    expect(phoneDigits('(02) 2422-0295')).toBe('0224220295');
    expect(phoneDigits('０９１２－３４５６７８')).toBe('0912345678');
    expect(phoneDigits('  ')).toBeNull();
  });
});
