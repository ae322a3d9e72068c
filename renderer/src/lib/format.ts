import { useCallback } from 'react';
import {
  formatDateShort,
  type DateDisplay,
  type DateParseFailure,
} from '../../../shared/format/roc-date';
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

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The calendar date of an instant on this computer's clock, as ISO `YYYY-MM-DD`. */
export function localIsoDate(at: Date): string {
  return `${at.getFullYear()}-${pad2(at.getMonth() + 1)}-${pad2(at.getDate())}`;
}

/**
 * An instant (epoch ms or ISO timestamp) → '114/03/05 09:15' in local time. The space is a
 * no-break space: a date and its time never part at the end of a line.
 */
export function formatDateTime(at: number | string, display: DateDisplay = 'roc'): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return '';
  return `${formatDateShort(localIsoDate(d), display)}\u00a0${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** Formats instants in the person's chosen calendar, with hours and minutes. */
export function useDateTimeFormatter(): (at: number | string) => string {
  const { dateFormat } = usePrefs();
  return useCallback((at: number | string) => formatDateTime(at, dateFormat), [dateFormat]);
}
