import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs, DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../../shared/i18n/index';
import type { zhTW } from '../../../shared/i18n/zh-TW';
import { prefs, type PrefsStore } from './prefs';

declare module 'i18next' {
  // Typed keys: t('about.titel') does not compile. Keys are flat and may contain dots.
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhTW };
    keySeparator: false;
    nsSeparator: false;
  }
}

/** Each language named in itself, so someone who cannot read the current one finds theirs. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  'zh-TW': '中文',
  en: 'English',
};

/**
 * Starts i18next synchronously with both catalogs bundled (no loading, no flash of keys) and
 * follows the language preference, keeping `<html lang>` right so Chromium picks Traditional
 * Chinese glyphs and screen readers the right voice.
 */
export function setupI18n(store: PrefsStore = prefs): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: {
      'zh-TW': { translation: catalogs['zh-TW'] },
      en: { translation: catalogs.en },
    },
    lng: store.get().language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    load: 'currentOnly',
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    returnNull: false,
    // React escapes what it renders; escaping here too would show &amp; in text.
    interpolation: { escapeValue: false },
  });
  const apply = (): void => {
    const { language } = store.get();
    document.documentElement.lang = language;
    if (instance.language !== language) void instance.changeLanguage(language);
  };
  apply();
  store.subscribe(apply);
  return instance;
}
