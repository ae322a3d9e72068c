import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useErrorText } from '../../lib/errors';
import { toRocYear } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { StatusBadge } from '../../ui/StatusBadge';
import { quotaQueries } from '../quota/quota.queries';
import { parsePlanYear, planYearChoices } from './plan-years';
import { SOURCE_TEXT } from './quota-admin-words';
import { QuotaRulesForm } from './QuotaRulesForm';
import { SessionSettingsForm } from './SessionSettingsForm';
import './quota-admin.css';
import { useOfficeMonth } from '../app/useOfficeToday';

/**
 * 補助時數與預約規則 (administrator): the subsidy rules of one plan year — stored for it, carried
 * over from an earlier year, or the city preset until someone saves — and the booking settings
 * every year shares. The year lives in the URL, so a lock and unlock return to it.
 */
export function QuotaAdminPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const thisYear = useOfficeMonth().year;
  const year = parsePlanYear(params.get('year')) ?? thisYear;
  const query = useQuery(quotaQueries.rules(year));
  // The settings are the same for every year: read them once, so picking a year keeps the form.
  const current = useQuery(quotaQueries.rules(thisYear));
  const roc = toRocYear(year);
  const source = query.data ? SOURCE_TEXT[query.data.source] : null;

  return (
    <Page title={t('quota.admin.title')} description={t('quota.admin.description')}>
      <section className="card" aria-labelledby="quota-rules-title">
        <h2 className="card-title" id="quota-rules-title">
          {t('quota.admin.rulesTitle', { roc })}
        </h2>
        <div className="quota-year-bar">
          <Field label={t('quota.admin.year')}>
            {(control) => (
              <select
                {...control}
                value={year}
                onChange={(e) => {
                  const p = new URLSearchParams(params);
                  p.set('year', e.target.value);
                  setParams(p, { replace: true });
                }}
              >
                {planYearChoices(thisYear, year).map((y) => (
                  <option key={y} value={y}>
                    {t('quota.admin.yearOption', { roc: toRocYear(y), year: y })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {source ? (
            <div className="quota-source" data-testid="rules-source">
              <p>
                <span className="muted">{t('quota.admin.source')}</span>{' '}
                <StatusBadge tone={query.data?.source === 'year' ? 'ok' : 'info'}>
                  {t(source.label)}
                </StatusBadge>
              </p>
              <p className="small muted">{t(source.help, { roc })}</p>
            </div>
          ) : null}
        </div>
        {query.isPending ? (
          <p role="status" className="status-text">
            {t('common.loading')}
          </p>
        ) : query.isError ? (
          <Notice tone="error" title={t('quota.admin.loadFailed')}>
            <p>{errorText(query.error)}</p>
            <div>
              <Button onClick={() => void query.refetch()}>{t('common.retry')}</Button>
            </div>
          </Notice>
        ) : (
          <QuotaRulesForm
            key={year}
            year={year}
            rules={query.data.rules}
            inherited={query.data.source !== 'year'}
          />
        )}
      </section>
      <section className="card" aria-labelledby="quota-settings-title">
        <h2 className="card-title" id="quota-settings-title">
          {t('quota.admin.settingsTitle')}
        </h2>
        <p className="card-note">{t('quota.admin.settingsLead')}</p>
        {current.data ? (
          <SessionSettingsForm settings={current.data.settings} />
        ) : current.isError ? (
          <Notice tone="error" title={t('quota.admin.loadFailed')}>
            <p>{errorText(current.error)}</p>
          </Notice>
        ) : (
          <p role="status" className="status-text">
            {t('common.loading')}
          </p>
        )}
      </section>
    </Page>
  );
}
