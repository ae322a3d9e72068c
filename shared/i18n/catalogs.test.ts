import { describe, expect, it } from 'vitest';
import { collectI18nProblems } from '../../scripts/check-i18n';
import { DEFAULT_ERROR_KEYS } from '../ipc/envelope';
import {
  compareCatalogs,
  coreMessageKeys,
  interpolationParams,
  missingKeys,
  translationCallKeys,
} from './check';
import { catalogs, isMessageKey } from './index';

describe('the catalogs in this repository', () => {
  it('pass every i18n rule (same as npm run i18n:check)', () => {
    expect(collectI18nProblems()).toEqual([]);
  });

  it('translate every default error key and every validation key core produces', () => {
    const coreKeys = [
      ...Object.values(DEFAULT_ERROR_KEYS),
      'validation.required',
      'validation.invalidType',
      'validation.tooShort',
      'validation.tooSmall',
      'validation.tooLong',
      'validation.tooBig',
      'validation.invalidFormat',
      'validation.invalidValue',
      'validation.unknownField',
      'validation.invalid',
      'errors.inputShape',
      'errors.unknownChannel',
      'errors.wrongState',
    ];
    expect(coreKeys.filter((k) => !isMessageKey(k))).toEqual([]);
  });

  it('keep the parameters core sends for size messages', () => {
    for (const lang of ['zh-TW', 'en'] as const) {
      expect(interpolationParams(catalogs[lang]['validation.tooShort'])).toEqual(['min']);
      expect(interpolationParams(catalogs[lang]['validation.tooLong'])).toEqual(['max']);
    }
  });

  it('use Traditional characters in zh-TW (no common Simplified forms)', () => {
    const simplified = /[国际个员协转务获设这们时间请错误删数据]/;
    const offenders = Object.entries(catalogs['zh-TW']).filter(([, v]) => simplified.test(v));
    expect(offenders).toEqual([]);
  });
});

describe('the rules themselves', () => {
  it('find missing, extra, empty and mismatched entries', () => {
    const problems = compareCatalogs(
      {
        'zh-TW': { a: '一 {{n}}', b: '二', c: '三' },
        en: { a: 'one {{count}}', b: ' ', d: 'four' },
      },
      'zh-TW',
    );
    expect(problems).toEqual([
      'en: "b" is empty',
      'en: missing "c"',
      'en: "a" uses {{count}} but zh-TW uses {{n}}',
      'en: "d" is not in zh-TW',
    ]);
  });

  it('read interpolation names, with or without a format', () => {
    expect(interpolationParams('{{ min }} 至 {{max, number}} {{min}}')).toEqual(['max', 'min']);
  });

  it('find t() literals but not other calls or template keys', () => {
    const src = `t('a.b'); i18n.t("c.d"); format('x.y'); t(\`e.\${k}\`); set('z') // t('in.comment')`;
    expect(translationCallKeys(src)).toEqual(['a.b', 'c.d']);
    expect(
      missingKeys({ 'a.b': 'x' }, [{ path: 'f.tsx', text: src }], translationCallKeys),
    ).toEqual(['f.tsx: unknown message key "c.d"']);
  });

  it('find message keys in core code', () => {
    const src = `new AppError('X', { key: 'errors.custom' }); s.startsWith('validation.'); 'validation.date.format'\n// e.g. 'validation.xyz'\n/* 'errors.example' */`;
    expect(coreMessageKeys(src)).toEqual(['errors.custom', 'validation.date.format']);
  });
});
