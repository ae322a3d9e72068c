import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/Card';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { accountsQueries } from '../accounts/accounts.queries';
import { auditQueries, NO_FILTERS, type AuditFilters } from './audit.queries';
import { AuditFiltersForm } from './AuditFiltersForm';
import { AuditTable } from './AuditTable';
import { AuditVerify } from './AuditVerify';

/** 稽核紀錄: who did what and when, newest first; and a check that nothing was altered. */
export function AuditPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const accounts = useQuery(accountsQueries.list());
  const list = useInfiniteQuery(auditQueries.list(filters));
  const names = useMemo(
    () => new Map((accounts.data?.accounts ?? []).map((a) => [a.id, a.displayName] as const)),
    [accounts.data],
  );
  const entries = useMemo(() => list.data?.pages.flatMap((p) => p.entries) ?? [], [list.data]);

  return (
    <Page title={t('audit.title')} description={t('audit.description')}>
      <AuditVerify />
      <AuditFiltersForm accounts={accounts.data?.accounts ?? []} onApply={setFilters} />
      {list.isPending ? (
        <p role="status" className="status-text">
          {t('common.loading')}
        </p>
      ) : list.isError ? (
        <Notice tone="error" title={t('audit.loadFailed')}>
          <p>{errorText(list.error)}</p>
          <div>
            <Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>
          </div>
        </Notice>
      ) : entries.length === 0 ? (
        <EmptyState>{t('audit.empty')}</EmptyState>
      ) : (
        <>
          <AuditTable entries={entries} names={names} />
          <div className="form-actions">
            {list.hasNextPage ? (
              <Button
                onClick={() => void list.fetchNextPage()}
                disabled={list.isFetchingNextPage}
                aria-busy={list.isFetchingNextPage}
              >
                {list.isFetchingNextPage ? t('common.loading') : t('audit.loadMore')}
              </Button>
            ) : (
              <p className="status-text">{t('audit.end')}</p>
            )}
          </div>
        </>
      )}
    </Page>
  );
}
