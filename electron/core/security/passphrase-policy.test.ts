import { describe, expect, it } from 'vitest';
import { passphraseIssue } from './passphrase-policy';
import { generateRecoveryCode, normaliseRecoveryCode } from './recovery-code';

describe('passphrase policy', () => {
  it('needs 12 characters, counted as characters (Chinese too)', () => {
    expect(passphraseIssue('short one')).toBe('errors.passphraseTooShort');
    expect(passphraseIssue('十一個中文字的通行片語啊')).toBeNull();
    expect(passphraseIssue('十個中文字的通行片語')).toBe('errors.passphraseTooShort');
  });

  it('refuses common ones and trivial patterns, without composition rules', () => {
    for (const p of [
      'Password1234',
      'qwerty123456',
      '1qaz2wsx3edc',
      'aaaaaaaaaaaa',
      'abababababab',
      '123456789012',
      'abcdefghijklmn',
    ]) {
      expect(passphraseIssue(p), p).toBe('errors.passphraseTooCommon');
    }
    expect(passphraseIssue('maple river lantern')).toBeNull();
    expect(passphraseIssue('all lowercase words here')).toBeNull();
  });

  it('refuses the username with a short suffix', () => {
    expect(passphraseIssue('counsellor-a-1', { username: 'counsellor-a' })).toBe(
      'errors.passphraseTooCommon',
    );
  });
});

describe('recovery codes', () => {
  it('carry 160 bits in Crockford base32 groups of four', () => {
    const code = generateRecoveryCode();
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(Array.from({ length: 50 }, generateRecoveryCode)).size).toBe(50);
  });

  it('read back forgivingly (case, spaces, O/0, I/L/1) and refuse garbage', () => {
    const code = generateRecoveryCode();
    const messy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(normaliseRecoveryCode(messy)).toBe(code.replace(/-/g, ''));
    expect(normaliseRecoveryCode('ABCD')).toBeNull();
    expect(normaliseRecoveryCode(code.replace(/^./, 'U'))).toBeNull();
  });
});
