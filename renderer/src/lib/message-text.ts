import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from './errors';

/**
 * Translates a message kept as key and params. Notices ("saved", "merged") are kept that way,
 * not as text, so switching the language re-words one already on screen.
 */
export function useMessageText(): (m: Message) => string {
  const { t } = useTranslation();
  return useCallback((m: Message) => (m.params ? t(m.key, { ...m.params }) : t(m.key)), [t]);
}
