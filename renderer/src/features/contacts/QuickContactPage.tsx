import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDateFormatter } from '../../lib/format';
import { useOfficeToday } from '../app/useOfficeToday';
import { useErrorText } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { referenceQueries } from '../reference/reference.queries';
import { useRefData } from '../reference/ref-labels';
import { emptyContact } from './contact-form';
import { QuickContactForm } from './QuickContactForm';
import { RecentContacts } from './RecentContacts';
import '../cases/case-work.css';

/** 新增諮詢紀錄: record a call, an e-mail or a question at the counter in a few keystrokes. */
export function QuickContactPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const formatDate = useDateFormatter();
  const officeToday = useOfficeToday();
  const ref = useRefData();
  const refQuery = useQuery(referenceQueries.all());
  const [saved, setSaved] = useState<string | null>(null);
  // A new form instance after each "record another", so focus starts again at the top.
  const [round, setRound] = useState(0);
  const savedRef = useRef<HTMLDivElement>(null);
  // After saving, the next step has focus: Enter records another.
  useEffect(() => {
    if (saved) savedRef.current?.querySelector('button')?.focus();
  }, [saved]);

  const phone = ref.items('channel').find((c) => c.code === 'phone' && c.active);
  const firstChannel = ref.items('channel').find((c) => c.active);
  const defaults = emptyContact(formatDate(officeToday), (phone ?? firstChannel)?.code ?? null);

  return (
    <Page title={t('contacts.title')} description={t('contacts.description')}>
      {saved ? (
        <div
          ref={savedRef}
          className="page-notice result-ok"
          role="status"
          data-testid="contact-saved"
        >
          <p className="notice-title">{t('contacts.saved.title')}</p>
          <div className="form-actions">
            <Button
              variant="primary"
              onClick={() => {
                setSaved(null);
                setRound((r) => r + 1);
              }}
            >
              {t('contacts.saved.another')}
            </Button>
            <Link className="button" to={`/cases/new?contact=${saved}`}>
              {t('contacts.saved.openCase')}
            </Link>
          </div>
        </div>
      ) : null}
      {refQuery.isError ? (
        <Notice tone="error" title={t('contacts.refFailed')}>
          <p>{errorText(refQuery.error)}</p>
        </Notice>
      ) : refQuery.isPending ? (
        <p role="status" className="status-text">
          {t('common.loading')}
        </p>
      ) : saved ? null : (
        <QuickContactForm key={round} defaults={defaults} onSaved={setSaved} />
      )}
      <RecentContacts canOpenCase />
    </Page>
  );
}
