import type { MessageKey } from '../../../../shared/i18n/index';

/**
 * "逾期 3 天" / "3 days overdue": how late a follow-up is, in words (UX.md: overdue items say by
 * how much, never colour alone). One day has its own sentence, so English reads "1 day".
 */
export function overdueMessage(days: number | null): { key: MessageKey; days: number } | null {
  if (days === null || days <= 0) return null;
  return { key: days === 1 ? 'caseList.overdue.one' : 'caseList.overdue.days', days };
}
