import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useErrorText } from '../../lib/errors';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { useCaseDetail } from '../cases/cases.queries';
import { CaseServiceSection } from './CaseServiceSection';

/**
 * 個案晤談: a case's appointments, sessions and the client's subsidy in one place — reached from
 * the calendar and, until the case page hosts these panels, the way to them. The page title
 * carries the case number only, never a name (SECURITY.md §4).
 */
export function CaseServicePage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { caseId = '' } = useParams();
  const [params] = useSearchParams();
  const q = useCaseDetail(caseId);
  const c = q.data?.case;
  return (
    <Page title={t('appt.casePage.title')} description={t('appt.casePage.description')}>
      <p className="page-toolbar">
        <Link to="/appointments">{t('appt.casePage.back')}</Link>
      </p>
      {params.get('recorded') ? (
        <p className="result-ok page-notice" role="status">
          {t('session.form.recorded')}
        </p>
      ) : null}
      {q.isError ? (
        <Notice tone="error" title={t('appt.casePage.failed')}>
          <p>{errorText(q.error)}</p>
        </Notice>
      ) : !c ? (
        <p className="status-text">{t('common.loading')}</p>
      ) : (
        <>
          <h2 className="calendar-period">
            <span className="mono">{c.caseNumber}</span> {c.client.name}
          </h2>
          <CaseServiceSection c={c} />
        </>
      )}
    </Page>
  );
}
