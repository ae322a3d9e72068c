import type { z } from 'zod';
import type { FieldIssue, MessageParams } from '../../../shared/ipc/envelope';

/**
 * Maps zod issues to message keys the renderer translates. Schemas may name a specific key with
 * `{ error: 'validation.xyz' }`; otherwise the key follows from the issue kind.
 */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter(
      (p): p is string | number => typeof p === 'string' || typeof p === 'number',
    );
    // A schema may name its own key; the numbers (min, max …) still come from the issue.
    const explicit = issue.message.startsWith('validation.') ? issue.message : undefined;
    const base = keyFor(issue);
    const key = explicit ?? base.key;
    const params = base.params;
    return params ? { path, key, params } : { path, key };
  });
}

function keyFor(issue: z.core.$ZodIssue): { key: string; params: MessageParams | undefined } {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { key: 'validation.required', params: undefined }
        : { key: 'validation.invalidType', params: { expected: String(issue.expected) } };
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? { key: 'validation.required', params: undefined }
          : { key: 'validation.tooShort', params: { min: Number(issue.minimum) } }
        : { key: 'validation.tooSmall', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'string'
        ? { key: 'validation.tooLong', params: { max: Number(issue.maximum) } }
        : { key: 'validation.tooBig', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return { key: 'validation.invalidFormat', params: { format: issue.format } };
    case 'invalid_value':
      return { key: 'validation.invalidValue', params: undefined };
    case 'unrecognized_keys':
      return { key: 'validation.unknownField', params: { fields: issue.keys.join(', ') } };
    default:
      return { key: 'validation.invalid', params: undefined };
  }
}
