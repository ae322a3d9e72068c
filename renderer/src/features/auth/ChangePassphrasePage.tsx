import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { PassphraseChangeForm } from './PassphraseChangeForm';

/** 變更密碼, from the top bar: for any role, at any time. */
export function ChangePassphrasePage() {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  return (
    <Page title={t('auth.change.title')} description={t('auth.change.description')}>
      {done ? (
        <div className="page-notice">
          <Notice tone="info" title={t('auth.change.done')} />
        </div>
      ) : null}
      <PassphraseChangeForm submitLabel={t('auth.change.submit')} onChanged={() => setDone(true)} />
    </Page>
  );
}
