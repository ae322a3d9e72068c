import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { CodeDisplay } from '../../ui/CodeDisplay';
import { Notice } from '../../ui/Notice';

/**
 * The recovery code, shown once: what it opens (the database) and what it does not (clinical
 * notes), where it goes (the agency safe), and how not to keep it (no files, photos or chats).
 */
export function RecoveryStep({
  code,
  failure,
  onRetry,
  onNext,
  onBack,
}: {
  readonly code: string | null;
  readonly failure: string | null;
  readonly onRetry: () => void;
  readonly onNext: () => void;
  readonly onBack: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="setup-step-title" className="recovery-step">
      <h2 id="setup-step-title" className="wizard-step-title" tabIndex={-1} ref={heading}>
        {t('setup.recovery.title')}
      </h2>
      <p className="wizard-step-lead">{t('setup.recovery.lead')}</p>
      {failure ? (
        <Notice tone="error" title={t('setup.recovery.failed')}>
          <p>{failure}</p>
          <div>
            <Button onClick={onRetry}>{t('common.retry')}</Button>
          </div>
        </Notice>
      ) : code === null ? (
        <p role="status" className="status-text">
          {t('common.loading')}
        </p>
      ) : (
        <div className="print-sheet">
          <CodeDisplay code={code} label={t('setup.recovery.codeLabel')} />
          <ul className="guidance">
            <li>{t('setup.recovery.once')}</li>
            <li>{t('setup.recovery.opens')}</li>
            <li>
              <strong>{t('setup.recovery.notClinical')}</strong>
            </li>
            <li>{t('setup.recovery.safe')}</li>
            <li>{t('setup.recovery.noCopies')}</li>
          </ul>
        </div>
      )}
      <div className="form-actions">
        <Button onClick={onBack}>{t('setup.back')}</Button>
        <Button onClick={() => window.print()} disabled={code === null}>
          {t('setup.recovery.print')}
        </Button>
        <Button variant="primary" onClick={onNext} disabled={code === null}>
          {t('setup.recovery.written')}
        </Button>
      </div>
    </section>
  );
}
