import { describe, expect, it } from 'vitest';
import { parseSearch } from './search-terms';

describe('what the search box means', () => {
  it('a case number has a three-digit ROC year', () => {
    expect(parseSearch('114-123')).toEqual({ kind: 'caseNumber', caseNumber: '114-000123' });
    expect(parseSearch('１１４－０００１２３')).toEqual({
      kind: 'caseNumber',
      caseNumber: '114-000123',
    });
  });

  it('area codes, of two or three digits, make a phone number', () => {
    expect(parseSearch('02-2422')).toMatchObject({ kind: 'digits', phone: '022422' });
    expect(parseSearch('037-123456')).toMatchObject({ kind: 'digits', phone: '037123456' });
    expect(parseSearch('049-2345678')).toMatchObject({ kind: 'digits', phone: '0492345678' });
  });

  it('e-mail and names', () => {
    expect(parseSearch('A.Person@Example.tw')).toEqual({
      kind: 'email',
      prefix: 'a.person@example.tw',
    });
    expect(parseSearch('  ')).toEqual({ kind: 'none' });
    expect(parseSearch('王')).toMatchObject({ kind: 'name' });
  });
});
