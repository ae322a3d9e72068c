import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_ERROR_KEYS,
  type IpcError,
  type MessageParams,
} from '../../../shared/ipc/envelope';
import { isMessageKey, type MessageKey } from '../../../shared/i18n/index';
import { isApiError } from './api';

export interface Message {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/**
 * The message to show for an IPC error: its own key when the catalogs know it, else the default
 * for its code, else a generic one. A person always reads a sentence, never a bare code.
 */
export function messageForIpcError(error: IpcError): Message {
  if (isMessageKey(error.key))
    return error.params ? { key: error.key, params: error.params } : { key: error.key };
  const fallback = DEFAULT_ERROR_KEYS[error.code];
  return { key: isMessageKey(fallback) ? fallback : 'errors.unexpected' };
}

/** Any thrown value → a message; non-API errors are bugs and get the generic text. */
export function messageForError(e: unknown): Message {
  return isApiError(e) ? messageForIpcError(e.error) : { key: 'errors.unexpected' };
}

/** Translates any thrown value for display in the current language. */
export function useErrorText(): (e: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (e: unknown) => {
      const m = messageForError(e);
      return m.params ? t(m.key, { ...m.params }) : t(m.key);
    },
    [t],
  );
}
