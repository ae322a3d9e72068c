import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  FieldError,
  FieldErrors,
  FieldValues,
  Path,
  Resolver,
  UseFormSetError,
} from 'react-hook-form';
import { toNestErrors } from '@hookform/resolvers';
import type { z } from 'zod';
import type { FieldIssue, MessageParams } from '../../../shared/ipc/envelope';
import { isMessageKey } from '../../../shared/i18n/index';
import { isApiError } from './api';
import type { Message } from './errors';

/**
 * Field messages in react-hook-form travel as a string. To translate them at render time (so a
 * language switch re-words an error already on screen) the string carries the key and its
 * params, not prose.
 */
export function encodeMessage(m: Message): string {
  return m.params ? JSON.stringify(m) : m.key;
}

export function decodeMessage(text: string | undefined): Message | undefined {
  if (!text) return undefined;
  if (isMessageKey(text)) return { key: text };
  try {
    const parsed = JSON.parse(text) as { key?: unknown; params?: unknown };
    if (typeof parsed.key === 'string' && isMessageKey(parsed.key)) {
      const params = parsed.params as MessageParams | undefined;
      return params ? { key: parsed.key, params } : { key: parsed.key };
    }
  } catch {
    // Not ours: a plain message nobody should see untranslated.
  }
  return { key: 'validation.invalid' };
}

/**
 * A zod issue → the message key shown beside the field. Mirrors electron/core/ipc/zod-issues.ts
 * so a form says before submitting exactly what core would say after.
 */
export function messageForZodIssue(issue: z.core.$ZodIssue): Message {
  const byKind = messageForIssueKind(issue);
  if (!isMessageKey(issue.message)) return byKind;
  // A schema's own key ('validation.tooSmall') still needs the bound the kind carries ({min}).
  return byKind.params ? { key: issue.message, params: byKind.params } : { key: issue.message };
}

function messageForIssueKind(issue: z.core.$ZodIssue): Message {
  switch (issue.code) {
    case 'invalid_type':
      // An emptied number field reads as NaN: for the person it is simply empty.
      return issue.input === undefined || Number.isNaN(issue.input)
        ? { key: 'validation.required' }
        : { key: 'validation.invalidType' };
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? { key: 'validation.required' }
          : { key: 'validation.tooShort', params: { min: Number(issue.minimum) } }
        : { key: 'validation.tooSmall', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'string'
        ? { key: 'validation.tooLong', params: { max: Number(issue.maximum) } }
        : { key: 'validation.tooBig', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return { key: 'validation.invalidFormat' };
    case 'invalid_value':
      return { key: 'validation.invalidValue' };
    default:
      return { key: 'validation.invalid' };
  }
}

/** react-hook-form resolver over a contract schema (or one built from it), keys as messages. */
export function contractResolver<I extends FieldValues, O extends FieldValues>(
  schema: z.ZodType<O, I>,
): Resolver<I, unknown, O> {
  return (values, _context, options) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const name = issue.path.map(String).join('.');
      flat[name] ??= { type: issue.code, message: encodeMessage(messageForZodIssue(issue)) };
    }
    return { values: {}, errors: toNestErrors(flat as FieldErrors, options) };
  };
}

/**
 * Puts the per-field issues of a VALIDATION error (or a field-specific error) beside the fields
 * they name. `fieldFor` maps an issue path to a form field, or null when the form has none.
 * Returns the issues no field took, so the form can show them above its buttons.
 */
export function applyFieldIssues<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldFor: (path: readonly (string | number)[]) => Path<T> | null,
): readonly FieldIssue[] {
  if (!isApiError(error) || !error.error.issues) return [];
  const left: FieldIssue[] = [];
  for (const issue of error.error.issues) {
    const field = fieldFor(issue.path);
    const message: Message = isMessageKey(issue.key)
      ? issue.params
        ? { key: issue.key, params: issue.params }
        : { key: issue.key }
      : { key: 'validation.invalid' };
    if (field)
      setError(
        field,
        { type: 'server', message: encodeMessage(message) },
        { shouldFocus: left.length === 0 },
      );
    else left.push(issue);
  }
  return left;
}

/** Maps paths by their dotted form, e.g. `{ 'admin.passphrase': 'passphrase' }`. */
export const pathMapper =
  <T extends FieldValues>(map: Readonly<Record<string, Path<T>>>) =>
  (path: readonly (string | number)[]): Path<T> | null =>
    map[path.join('.')] ?? null;

/** Translates a field's error (client or core) in the current language. */
export function useFieldErrorText(): (
  error: { message?: string | undefined } | undefined,
) => string | undefined {
  const { t } = useTranslation();
  return useCallback(
    (error) => {
      const m = decodeMessage(error?.message);
      if (!m) return undefined;
      return m.params ? t(m.key, { ...m.params }) : t(m.key);
    },
    [t],
  );
}
