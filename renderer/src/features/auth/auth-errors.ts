import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { useDateTimeFormatter } from '../../lib/format';

/**
 * Sign-in errors in words: a locked account says until when (ROC date and time), every other
 * failure (wrong passphrase, missing or foreign key file, damaged or newer database) its own
 * sentence from the catalogs.
 */
export function useAuthErrorText(): (e: unknown) => string {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const formatDateTime = useDateTimeFormatter();
  return useCallback(
    (e: unknown) => {
      if (isApiError(e) && e.error.code === 'ACCOUNT_LOCKED') {
        const until = e.error.params?.['until'];
        const text =
          typeof until === 'string' || typeof until === 'number' ? formatDateTime(until) : '';
        if (text) return t('auth.lockedUntil', { until: text });
      }
      return errorText(e);
    },
    [t, errorText, formatDateTime],
  );
}
