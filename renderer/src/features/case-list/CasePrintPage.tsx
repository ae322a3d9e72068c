import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { call } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { localIsoDate, useDateFormatter, useDateTimeFormatter } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useSession } from '../auth/auth.queries';
import { useCaseDetail } from '../cases/cases.queries';
import { settingsQueries } from '../settings/settings.queries';
import { CasePrintBody } from './CasePrintBody';
import { usePageCount } from './usePageCount';
import './print.css';

/**
 * 個案摘要 for paper (UX.md Printouts): A4, the organisation's name on every page, title, the
 * period in ROC dates, who printed it and when, the personal-data notice, and the page numbers
 * in the person's language ("第 1 頁／共 N 頁", "Page 1 of N": print.css's named pages on paper).
 * It shows what the case page shows, nothing clinical. Opening it is recorded (cases.printed)
 * before the print button is offered: a printout that was not audited is never made here.
 */
export function CasePrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const errorText = useErrorText();
  const session = useSession();
  const formatDate = useDateFormatter();
  const formatDateTime = useDateTimeFormatter();
  const detail = useCaseDetail(id);
  const settings = useQuery(settingsQueries.get());
  const audit = useMutation({
    mutationFn: (caseId: string) => call('cases.printed', { id: caseId }),
  });
  const asked = useRef(false);
  const [printedAt] = useState(() => Date.now());
  const sheet = useRef<HTMLDivElement>(null);
  const pages = usePageCount(sheet);
  const c = detail.data?.case;

  useEffect(() => {
    document.title = `${t('print.case.title')} — EAP Desk`;
  }, [t]);
  useEffect(() => {
    if (!c || asked.current) return;
    asked.current = true;
    audit.mutate(c.id);
  }, [c, audit]);

  if (detail.isPending || settings.isPending) {
    return (
      <p className="gate-loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (!c || !settings.data) {
    return (
      <main className="print-denied">
        <Notice tone="error" title={t('print.loadFailed')}>
          <p>{errorText(detail.error ?? settings.error)}</p>
        </Notice>
      </main>
    );
  }
  const period = t('print.period', {
    from: formatDate(c.requestedOn),
    to: c.closedOn
      ? formatDate(c.closedOn)
      : t('print.periodOpen', { today: formatDate(localIsoDate(new Date(printedAt))) }),
  });

  return (
    <div className="print-screen">
      <header className="print-toolbar">
        <Link to={`/cases/${c.id}`}>{t('print.backToCase')}</Link>
        <Button variant="primary" onClick={() => window.print()} disabled={!audit.isSuccess}>
          {t('print.print')}
        </Button>
        <p className="muted small" role="status">
          {audit.isError ? errorText(audit.error) : t('print.pagesEstimate', { count: pages })}
        </p>
      </header>
      <main className="print-sheet case-print" ref={sheet} data-testid="print-sheet">
        <table className="print-frame" role="presentation">
          <thead>
            <tr>
              <td>
                <div className="print-head">
                  <span className="print-org" data-testid="print-org">
                    {settings.data.name}
                  </span>
                  <span>{t('print.internal')}</span>
                </div>
              </td>
            </tr>
          </thead>
          <tfoot>
            <tr>
              <td>
                <div className="print-foot">
                  <p className="print-pdpa">{t('print.pdpa')}</p>
                  <p>
                    {t('print.printedBy', {
                      name: session.displayName,
                      at: formatDateTime(printedAt),
                    })}
                    <span className="print-screen-only">
                      {' '}
                      {t('print.pageOf', { page: 1, pages })}
                    </span>
                  </p>
                </div>
              </td>
            </tr>
          </tfoot>
          <tbody>
            <tr>
              <td>
                <h1 className="print-title">{t('print.case.title')}</h1>
                <p className="print-period">{period}</p>
                <CasePrintBody c={c} />
              </td>
            </tr>
          </tbody>
        </table>
      </main>
    </div>
  );
}
