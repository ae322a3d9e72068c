import { en } from './en';
import { zhTW, type MessageKey } from './zh-TW';

export type { MessageKey } from './zh-TW';

/** zh-TW first: the default and the fallback. Never bare `zh`, which would mean nothing here. */
export const LANGUAGES = ['zh-TW', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-TW';

export const catalogs: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = {
  'zh-TW': zhTW,
  en,
};

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** Keys arriving at run time (an IpcError's `key`) are checked before they are translated. */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(zhTW, key);
