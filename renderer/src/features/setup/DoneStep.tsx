import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

/** Signed in as the administrator; the next thing to do is make accounts for colleagues. */
export function DoneStep({ onFinish }: { readonly onFinish: (to: '/' | '/accounts') => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="setup-step-title">
      <h2 id="setup-step-title" className="wizard-step-title">
        {t('setup.done.title')}
      </h2>
      <p className="wizard-step-lead">{t('setup.done.lead')}</p>
      <ul className="guidance">
        <li>{t('setup.done.accounts')}</li>
        <li>{t('setup.done.clinical')}</li>
      </ul>
      <div className="form-actions">
        <Button onClick={() => onFinish('/')}>{t('setup.done.home')}</Button>
        <Button variant="primary" autoFocus onClick={() => onFinish('/accounts')}>
          {t('setup.done.toAccounts')}
        </Button>
      </div>
    </section>
  );
}
