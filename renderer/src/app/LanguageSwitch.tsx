import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/i18n/index';
import { LANGUAGE_NAMES } from '../lib/i18n';
import { prefs, usePrefs } from '../lib/prefs';

/** Two toggle buttons, each language named in itself; the choice goes to the prefs store. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language } = usePrefs();
  const labelId = useId();
  return (
    <div className="language-switch" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="language-switch-label">
        {t('shell.language.label')}
      </span>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="language-option"
          aria-pressed={language === lang}
          onClick={() => prefs.set('language', lang)}
        >
          {LANGUAGE_NAMES[lang]}
        </button>
      ))}
    </div>
  );
}
