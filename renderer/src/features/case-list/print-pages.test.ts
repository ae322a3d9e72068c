import { describe, expect, it } from 'vitest';
import { en } from '../../../../shared/i18n/en';
import { zhTW } from '../../../../shared/i18n/zh-TW';

/**
 * The printout's page numbers follow the language. On screen they come from print.pageOf; on
 * paper from print.css's named pages, which only a real print can check (test/e2e/case-list.spec.ts
 * prints a PDF in each language and reads its text).
 */
const fill = (text: string, page: number, pages: number) =>
  text.replace('{{page}}', String(page)).replace('{{pages}}', String(pages));

describe('printout page numbers on screen', () => {
  it('say "Page 1 of N" in English and "第 1 頁／共 N 頁" in Chinese', () => {
    expect(fill(en['print.pageOf'], 1, 3)).toBe('Page 1 of 3');
    expect(fill(zhTW['print.pageOf'], 1, 3)).toBe('第 1 頁／共 3 頁');
    expect(en['print.pageOf']).not.toMatch(/[頁共]/);
  });
});
