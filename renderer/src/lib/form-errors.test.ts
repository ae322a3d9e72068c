import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { organisationSettings } from '../../../shared/ipc/schemas/settings';
import { loginInput } from '../../../shared/ipc/schemas/auth';
import { ApiError } from './api';
import {
  applyFieldIssues,
  contractResolver,
  decodeMessage,
  encodeMessage,
  messageForZodIssue,
  pathMapper,
} from './form-errors';

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('expected a failure');
  return r.error.issues;
};

describe('field messages', () => {
  it('round-trip a key with params through the string react-hook-form carries', () => {
    expect(
      decodeMessage(encodeMessage({ key: 'validation.tooLong', params: { max: 80 } })),
    ).toEqual({
      key: 'validation.tooLong',
      params: { max: 80 },
    });
    expect(decodeMessage('validation.required')).toEqual({ key: 'validation.required' });
    expect(decodeMessage(undefined)).toBeUndefined();
    // Prose from somewhere else is never shown as is.
    expect(decodeMessage('Too big: expected string')).toEqual({ key: 'validation.invalid' });
  });

  it('say what core would: explicit keys keep their bound, others follow the kind', () => {
    const [tooSmall] = issuesOf(organisationSettings.shape.idleLockMinutes, 0);
    expect(messageForZodIssue(tooSmall!)).toEqual({
      key: 'validation.tooSmall',
      params: { min: 1 },
    });
    const [long] = issuesOf(z.string().max(3), 'abcd');
    expect(messageForZodIssue(long!)).toEqual({ key: 'validation.tooLong', params: { max: 3 } });
    const [empty] = issuesOf(loginInput.shape.username, '  ');
    expect(messageForZodIssue(empty!)).toEqual({ key: 'validation.required' });
    // An emptied number field (NaN) is "required", not "wrong type".
    const [nan] = issuesOf(z.number(), Number.NaN);
    expect(messageForZodIssue(nan!)).toEqual({ key: 'validation.required' });
  });
});

describe('contractResolver', () => {
  it('nests errors by path and passes parsed values through', async () => {
    const resolver = contractResolver(
      z.object({ admin: z.object({ username: loginInput.shape.username }) }),
    );
    const options = { fields: {}, shouldUseNativeValidation: false } as const;
    const bad = await resolver({ admin: { username: '' } }, undefined, options);
    expect(decodeMessage(bad.errors.admin?.username?.message)).toEqual({
      key: 'validation.required',
    });
    const good = await resolver({ admin: { username: ' amy ' } }, undefined, options);
    expect(good.values).toEqual({ admin: { username: 'amy' } });
  });
});

describe('applyFieldIssues', () => {
  it('puts each issue beside its field and returns the ones no field took', () => {
    const set: [string, string | undefined][] = [];
    const error = new ApiError('accounts.create', {
      code: 'VALIDATION',
      key: 'errors.validation',
      issues: [
        { path: ['passphrase'], key: 'errors.passphraseTooShort', params: { min: 12 } },
        { path: ['somethingElse'], key: 'validation.invalid' },
      ],
    });
    const left = applyFieldIssues<{ passphrase: string }>(
      error,
      (name, e) => set.push([name, e.message]),
      pathMapper<{ passphrase: string }>({ passphrase: 'passphrase' }),
    );
    expect(set).toHaveLength(1);
    expect(set[0]![0]).toBe('passphrase');
    expect(decodeMessage(set[0]![1])).toEqual({
      key: 'errors.passphraseTooShort',
      params: { min: 12 },
    });
    expect(left).toEqual([{ path: ['somethingElse'], key: 'validation.invalid' }]);
    expect(
      applyFieldIssues(
        new Error('x'),
        () => undefined,
        () => null,
      ),
    ).toEqual([]);
  });
});
