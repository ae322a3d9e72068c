import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DATE_FAILURE_KEYS,
  parseDateInput,
  useDateFormatter,
  type DateParseFailure,
} from '../lib/format';
import { Field } from './Field';

/** What a date field holds: the text as typed, and what it means (an ISO date, or why not). */
export interface DateValue {
  readonly text: string;
  readonly iso: string | null;
  readonly failure: DateParseFailure | null;
}

export const EMPTY_DATE: DateValue = { text: '', iso: null, failure: null };

/** Reads typed text; an empty optional field is valid and means "no date". */
export function readDate(text: string, required = false): DateValue {
  const parsed = parseDateInput(text);
  if (parsed.ok) return { text, iso: parsed.iso, failure: null };
  if (parsed.reason === 'empty' && !required) return { text, iso: null, failure: null };
  return { text, iso: null, failure: parsed.reason };
}

export interface DateFieldProps {
  readonly label: string;
  readonly value: DateValue;
  readonly onChange: (value: DateValue) => void;
  readonly required?: boolean;
  readonly requiredMark?: string;
  /** Show the parse error even before the field was left (e.g. after a submit attempt). */
  readonly showError?: boolean;
  readonly description?: string;
  /** A message from elsewhere (core's answer, e.g. "not in the future"), shown when the text parses. */
  readonly error?: string | undefined;
}

/**
 * A date typed the way offices write it: 114/03/05, 民國114年3月5日 or 2025-03-05 (UX.md). On
 * leaving the field the text is rewritten in the person's calendar (ROC by default), so they
 * see what was understood; the form gets the ISO date.
 */
export function DateField({
  label,
  value,
  onChange,
  required = false,
  requiredMark,
  showError = false,
  description,
  error: otherError,
}: DateFieldProps) {
  const { t } = useTranslation();
  const format = useDateFormatter();
  const [touched, setTouched] = useState(false);
  const error =
    value.failure && (touched || showError) ? t(DATE_FAILURE_KEYS[value.failure]) : otherError;
  return (
    <Field
      label={label}
      description={description ?? t('ui.dateField.description')}
      error={error}
      required={required}
      {...(requiredMark ? { requiredMark } : {})}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="text"
          autoComplete="off"
          className="date-input"
          value={value.text}
          onChange={(e) => onChange(readDate(e.target.value, required))}
          onBlur={() => {
            setTouched(true);
            if (value.iso) onChange({ ...value, text: format(value.iso) });
          }}
        />
      )}
    </Field>
  );
}
