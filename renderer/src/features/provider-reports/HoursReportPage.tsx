import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/errors';
import { formatDateTime, formatRocPeriod } from '../../lib/format';
import { call } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { useSession } from '../auth/auth.queries';
import { settingsQueries } from '../settings/settings.queries';
import { formatHours } from '../appointments/appointment-words';
import '../appointments/print.css';
import { useOfficeMonth } from '../app/useOfficeToday';

/**
 * 鐘點時數報表: hours per in-house counsellor and per provider in a month (鐘點費, invoices).
 * No client appears. Printable on A4 with the agency header, the ROC period and who printed it.
 */
export function HoursReportPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const session = useSession();
  const now = useOfficeMonth();
  // When the page was opened: the time the printout says it was printed.
  const [printedAt] = useState(() => Date.now());
  const [year, setYear] = useState(String(now.year - 1911));
  const [month, setMonth] = useState(String(now.month));
  const y = Number(year) + 1911;
  const m = Number(month);
  const valid = Number.isInteger(y) && y >= 1912 && y <= 2910;
  const report = useQuery({
    queryKey: ['quota', 'hoursReport', y, m],
    queryFn: () => call('reports.counsellorHours', { year: y, month: m }),
    enabled: valid,
  });
  const org = useQuery(settingsQueries.get());
  const r = report.data;
  return (
    <Page title={t('hours.title')} description={t('hours.description')}>
      <div className="calendar-toolbar no-print">
        <Field label={t('provider.import.year')} description={t('provider.import.yearHelp')}>
          {(control) => (
            <input
              {...control}
              className="number-input"
              inputMode="numeric"
              value={year}
              onChange={(e) => setYear(e.target.value.normalize('NFKC'))}
            />
          )}
        </Field>
        <Field label={t('hours.month')}>
          {(control) => (
            <select {...control} value={month} onChange={(e) => setMonth(e.target.value)}>
              {Array.from({ length: 12 }, (_, i) => String(i + 1)).map((v) => (
                <option key={v} value={v}>
                  {t('provider.import.month', { m: v })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Button variant="primary" disabled={!r} onClick={() => window.print()}>
          {t('hours.print')}
        </Button>
      </div>
      {report.isError ? (
        <Notice tone="error" title={t('hours.failed')}>
          <p>{errorText(report.error)}</p>
        </Notice>
      ) : !r ? (
        <p className="status-text">{valid ? t('common.loading') : t('validation.year')}</p>
      ) : (
        <div className="print-sheet a4-sheet" data-testid="hours-report">
          <p className="a4-org">{org.data?.name ?? ''}</p>
          <h2 className="a4-title">{t('hours.title')}</h2>
          <p className="a4-period">
            {formatRocPeriod({ kind: 'month', year: r.year, month: r.month })}
          </p>
          <table className="table">
            <caption className="visually-hidden">{t('hours.counsellors')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hours.counsellor')}</th>
                <th scope="col">{t('hours.sessions')}</th>
                <th scope="col">{t('hours.hours')}</th>
              </tr>
            </thead>
            <tbody>
              {r.counsellors.length === 0 ? (
                <tr>
                  <td colSpan={3}>{t('hours.noCounsellors')}</td>
                </tr>
              ) : (
                r.counsellors.map((c) => (
                  <tr key={c.counsellor.id}>
                    <td>{c.counsellor.displayName}</td>
                    <td>{c.sessions}</td>
                    <td>{formatHours(c.hours)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
          <table className="table hours-providers">
            <caption className="visually-hidden">{t('hours.providers')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hours.provider')}</th>
                <th scope="col">{t('hours.reports')}</th>
                <th scope="col">{t('hours.hours')}</th>
                <th scope="col">{t('hours.rate')}</th>
                <th scope="col">{t('hours.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {r.providers.length === 0 ? (
                <tr>
                  <td colSpan={5}>{t('hours.noProviders')}</td>
                </tr>
              ) : (
                r.providers.map((p) => (
                  <tr key={p.provider.id}>
                    <td>{p.provider.name}</td>
                    <td>{p.reports}</td>
                    <td>{formatHours(p.hours)}</td>
                    <td>{p.hourlyRate ?? '—'}</td>
                    <td>{p.amount ?? '—'}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
          <p className="a4-body">
            <strong>{t('hours.total', { hours: formatHours(r.totalHours) })}</strong>
          </p>
          <footer className="a4-footer">
            <p>
              {t('appt.print.printedBy', {
                name: session.displayName,
                at: formatDateTime(printedAt),
              })}
            </p>
            <p>{t('appt.print.page', { page: 1, pages: 1 })}</p>
          </footer>
        </div>
      )}
    </Page>
  );
}
