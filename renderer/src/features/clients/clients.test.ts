import { describe, expect, it } from 'vitest';
import { parseBirthYear, rocYearOf } from './birth-year';
import { clientForm, emptyClient } from './client-form';

describe('parseBirthYear', () => {
  it('takes 74 (ROC) or 1985, with or without 民國/年, full-width digits too', () => {
    expect(parseBirthYear('74', 2026)).toBe(1985);
    expect(parseBirthYear('1985', 2026)).toBe(1985);
    expect(parseBirthYear('民國74年', 2026)).toBe(1985);
    expect(parseBirthYear('７４', 2026)).toBe(1985);
    expect(parseBirthYear('', 2026)).toBeNull();
    expect(rocYearOf(1985)).toBe(74);
  });

  it('refuses what cannot be a birth year', () => {
    expect(parseBirthYear('2030', 2026)).toBe('invalid');
    expect(parseBirthYear('1850', 2026)).toBe('invalid');
    expect(parseBirthYear('七十四', 2026)).toBe('invalid');
  });
});

describe('the registration form', () => {
  const schema = clientForm(2026);

  it('turns what was typed into clients.create, empty contacts as null', () => {
    const r = schema.safeParse({ ...emptyClient('測試甲'), birthYear: '74', gender: 'F' });
    expect(r.success && r.data).toEqual({
      name: '測試甲',
      agencyId: null,
      category: null,
      gender: 'F',
      birthYear: 1985,
      isManager: false,
      phone: null,
      email: null,
      specialGroups: [],
    });
  });

  it('says beside each field what is wrong, and never takes a national ID', () => {
    const r = schema.safeParse({
      ...emptyClient('A123456789'),
      birthYear: '3000',
      phone: '分機',
      email: 'not-mail',
    });
    expect(r.success).toBe(false);
    const byField = Object.fromEntries(
      (r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]),
    );
    expect(byField).toMatchObject({
      name: 'validation.nationalId',
      birthYear: 'validation.birthYearTyped',
      phone: 'validation.phone',
      email: 'validation.email',
    });
  });
});
