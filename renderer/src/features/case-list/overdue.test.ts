import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../../shared/i18n/index';
import { overdueMessage } from './overdue';

describe('overdueMessage', () => {
  it('says nothing when not overdue', () => {
    expect(overdueMessage(null)).toBeNull();
    expect(overdueMessage(0)).toBeNull();
  });
  it('says by how much, in both languages', () => {
    const three = overdueMessage(3);
    const one = overdueMessage(1);
    expect(three?.key).toBe('caseList.overdue.days');
    expect(one?.key).toBe('caseList.overdue.one');
    expect(catalogs['zh-TW']['caseList.overdue.days'].replace('{{days}}', '3')).toBe('逾期 3 天');
    expect(catalogs.en['caseList.overdue.one']).toBe('1 day overdue');
  });
});
