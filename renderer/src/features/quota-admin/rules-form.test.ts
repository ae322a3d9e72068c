import { describe, expect, it } from 'vitest';
import { quotaSetRulesInput } from '../../../../shared/ipc/schemas/quota';
import { messageForZodIssue } from '../../lib/form-errors';
import { newRule, ruleFieldFor, ruleValues, rulesForm, toSetRulesInput } from './rules-form';

describe('quota rules form', () => {
  it('reads hours as typed and gives core exactly its contract', () => {
    const r = rulesForm.safeParse({
      rules: [
        {
          categories: ['teacher'],
          baseHours: '６',
          extensionHours: ' 3 ',
          unitHours: '0.5',
          rounding: 'up',
        },
        {
          categories: [],
          baseHours: '1.5',
          extensionHours: '0',
          unitHours: '0.25',
          rounding: 'nearest',
        },
      ],
    });
    expect(r.success).toBe(true);
    if (!r.success) return;
    const input = toSetRulesInput(2026, r.data);
    expect(input.rules[0]).toEqual({
      categories: ['teacher'],
      baseHours: 6,
      extensionHours: 3,
      unitHours: 0.5,
      rounding: 'up',
    });
    expect(input.rules[1]?.unitHours).toBe(0.25);
    expect(quotaSetRulesInput.safeParse(input).success).toBe(true);
  });

  it('says beside the field what is wrong with the hours', () => {
    const r = rulesForm.safeParse({
      rules: [
        { categories: [], baseHours: '', extensionHours: '兩', unitHours: '1', rounding: 'up' },
      ],
    });
    expect(r.success).toBe(false);
    const byPath = Object.fromEntries(
      (r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]),
    );
    expect(byPath).toEqual({
      'rules.0.baseHours': 'validation.required',
      'rules.0.extensionHours': 'validation.invalidType',
    });
    const big = rulesForm.safeParse({
      rules: [
        { categories: [], baseHours: '101', extensionHours: '0', unitHours: '1', rounding: 'up' },
      ],
    });
    const issue = big.error?.issues[0];
    expect(issue && messageForZodIssue(issue)).toEqual({
      key: 'validation.tooBig',
      params: { max: 100 },
    });
  });

  it('round-trips a stored rule and starts a new one like the last', () => {
    const stored = {
      categories: ['police'],
      baseHours: 3,
      extensionHours: 3,
      unitHours: 1 as const,
      rounding: 'nearest' as const,
    };
    const values = ruleValues(stored);
    expect(values).toEqual({
      categories: ['police'],
      baseHours: '3',
      extensionHours: '3',
      unitHours: '1',
      rounding: 'nearest',
    });
    expect(newRule(values)).toEqual({
      categories: [],
      baseHours: '0',
      extensionHours: '0',
      unitHours: '1',
      rounding: 'nearest',
    });
    expect(newRule(undefined).unitHours).toBe('0.5');
  });

  it('puts core issues beside the rule and field they name', () => {
    expect(ruleFieldFor(['rules', 1, 'categories'])).toBe('rules.1.categories');
    expect(ruleFieldFor(['rules', 1, 'categories', 0])).toBe('rules.1.categories');
    expect(ruleFieldFor(['rules', 0, 'baseHours'])).toBe('rules.0.baseHours');
    expect(ruleFieldFor(['rules'])).toBeNull();
    expect(ruleFieldFor(['year'])).toBeNull();
    expect(ruleFieldFor(['rules', 0, 'other'])).toBeNull();
  });
});
