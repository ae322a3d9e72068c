import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../lib/errors';
import { Card, EmptyState } from '../../ui/Card';
import { accountsQueries } from '../accounts/accounts.queries';
import { summariseAccounts } from '../accounts/account-status';

/** An administrator's home: backup state and the accounts that need something. */
export function AdminHome() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const accounts = useQuery(accountsQueries.list());
  const summary = accounts.data ? summariseAccounts(accounts.data.accounts) : null;
  return (
    <div className="card-grid">
      <Card title={t('home.admin.backup')}>
        <EmptyState>{t('home.admin.backupEmpty')}</EmptyState>
      </Card>
      <Card title={t('home.admin.accounts')} testId="accounts-summary">
        {accounts.isError ? (
          <p className="form-error">{errorText(accounts.error)}</p>
        ) : !summary ? (
          <p className="status-text">{t('common.loading')}</p>
        ) : (
          <>
            <dl className="summary-list">
              <div>
                <dt>{t('home.admin.active')}</dt>
                <dd>{summary.active}</dd>
              </div>
              <div>
                <dt>{t('home.admin.locked')}</dt>
                <dd>{summary.locked}</dd>
              </div>
              <div>
                <dt>{t('home.admin.mustChange')}</dt>
                <dd>{summary.mustChange}</dd>
              </div>
              <div>
                <dt>{t('home.admin.pendingClinical')}</dt>
                <dd>{summary.pendingClinical}</dd>
              </div>
              <div>
                <dt>{t('home.admin.disabled')}</dt>
                <dd>{summary.disabled}</dd>
              </div>
            </dl>
            <p>
              <Link to="/accounts">{t('home.admin.manageAccounts')}</Link>
            </p>
          </>
        )}
      </Card>
    </div>
  );
}
