import { useCallback } from 'react';
import { formatDateShort, type DateParseFailure } from '../../../shared/format/roc-date';
import type { MessageKey } from '../../../shared/i18n/index';
import { usePrefs } from './prefs';

export * from '../../../shared/format/roc-date';
export * from '../../../shared/format/roc-period';

/** The message shown beside a date field for each reason the parser refuses an input. */
export const DATE_FAILURE_KEYS: Readonly<Record<DateParseFailure, MessageKey>> = {
  empty: 'validation.date.empty',
  format: 'validation.date.format',
  calendar: 'validation.date.calendar',
  beforeRoc: 'validation.date.beforeRoc',
  outOfRange: 'validation.date.outOfRange',
};

/** Formats ISO dates in the person's chosen calendar: ROC (114/03/05) unless they chose Gregorian. */
export function useDateFormatter(): (iso: string) => string {
  const { dateFormat } = usePrefs();
  return useCallback((iso: string) => formatDateShort(iso, dateFormat), [dateFormat]);
}
