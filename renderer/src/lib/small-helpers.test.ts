import { describe, expect, it } from 'vitest';
import { codeGroups, normaliseCode, sameCode } from './codes';
import { formatDateTime, localIsoDate } from './format';
import { isLongEnough, passphraseLength } from './passphrase';
import { createThrottle } from './throttle';

describe('codes', () => {
  const code = '7KQ2-AB0C-1D2E-3F4G-5H6J-7K8M-9N0P-QRST';
  it('show groups of four and read them back with spaces, dashes, any case and O/I/L slips', () => {
    expect(codeGroups(code)).toHaveLength(8);
    expect(codeGroups(code)[0]).toBe('7KQ2');
    expect(sameCode('7kq2 ab0c 1d2e 3f4g 5h6j 7k8m 9n0p qrst', code)).toBe(true);
    expect(sameCode('7KQ2ABOC-ID2E-3F4G-5H6J-7K8M-9NOP-QRST', code)).toBe(true);
    expect(sameCode('7KQ2-AB0C', code)).toBe(false);
    expect(sameCode('', '')).toBe(false);
    expect(normaliseCode('ａｂ－ｃ')).toBe('ABC');
  });
});

describe('passphrase length', () => {
  it('counts characters a person sees, Chinese included', () => {
    expect(passphraseLength('每天早上喝兩杯咖啡')).toBe(9);
    expect(isLongEnough('每天早上喝兩杯咖啡很好喝')).toBe(true);
    expect(isLongEnough('short one')).toBe(false);
  });
});

describe('throttle', () => {
  it('lets the first event through and drops the rest of the burst', () => {
    let t = 0;
    let calls = 0;
    const report = createThrottle(
      () => calls++,
      30_000,
      () => t,
    );
    report();
    t = 10_000;
    report();
    t = 29_999;
    report();
    expect(calls).toBe(1);
    t = 30_000;
    report();
    expect(calls).toBe(2);
  });
});

describe('formatDateTime', () => {
  it('shows an instant as ROC date and time on this computer, never split across lines', () => {
    const at = new Date(2025, 2, 5, 9, 7).getTime();
    expect(formatDateTime(at)).toBe('114/03/05\u00a009:07');
    expect(formatDateTime(at, 'gregorian')).toBe('2025-03-05\u00a009:07');
    expect(formatDateTime(new Date(2025, 2, 5, 9, 7).toISOString())).toBe('114/03/05\u00a009:07');
    expect(formatDateTime('not a date')).toBe('');
    expect(localIsoDate(new Date(2024, 1, 29))).toBe('2024-02-29');
  });
});
