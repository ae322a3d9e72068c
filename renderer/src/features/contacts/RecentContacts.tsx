import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactRow } from '../../../../shared/ipc/schemas/contacts';
import { useDateFormatter } from '../../lib/format';
import { useErrorText } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/Card';
import { Notice } from '../../ui/Notice';
import { SortableTable, type Column } from '../../ui/SortableTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { useRefData } from '../reference/ref-labels';
import { contactQueries } from './contacts.queries';

/**
 * 最近的諮詢紀錄, newest first, more by keyset. Logistics only: the note stays on the record,
 * never in a list (UX.md "Privacy on screen").
 */
export function RecentContacts({ canOpenCase }: { readonly canOpenCase: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const formatDate = useDateFormatter();
  const ref = useRefData();
  const list = useInfiniteQuery(contactQueries.recent());
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.contacts) ?? [], [list.data]);

  const columns: Column<ContactRow>[] = [
    {
      id: 'occurredOn',
      header: t('contacts.column.occurredOn'),
      cell: (c) => <span className="nowrap">{formatDate(c.occurredOn)}</span>,
    },
    {
      id: 'channel',
      header: t('contacts.field.channel'),
      cell: (c) => ref.label('channel', c.channel),
    },
    {
      id: 'serviceItem',
      header: t('contacts.field.serviceItem'),
      cell: (c) => (
        <>
          {ref.label('serviceItem', c.serviceItem)}
          {c.facet ? <span className="muted small"> · {ref.label('facet', c.facet)}</span> : null}
        </>
      ),
    },
    {
      id: 'who',
      header: t('contacts.column.who'),
      cell: (c) =>
        c.clientId ? (
          <Link to={`/clients/${c.clientId}`}>{c.clientName}</Link>
        ) : (
          <StatusBadge tone="neutral">{t('contacts.anonymous')}</StatusBadge>
        ),
    },
    {
      id: 'agency',
      header: t('contacts.field.agency'),
      cell: (c) => c.agencyName ?? <span className="muted">—</span>,
    },
    {
      id: 'minutes',
      header: t('contacts.column.minutes'),
      cell: (c) => (c.minutes === null ? <span className="muted">—</span> : c.minutes),
    },
    {
      id: 'recordedBy',
      header: t('contacts.column.recordedBy'),
      cell: (c) => <span className="nowrap">{c.recordedBy.displayName}</span>,
    },
    {
      id: 'case',
      header: t('contacts.column.case'),
      cell: (c) =>
        c.caseId ? (
          <Link className="mono" to={`/cases/${c.caseId}`}>
            {c.caseNumber}
          </Link>
        ) : canOpenCase ? (
          <Link
            to={`/cases/new?contact=${c.id}`}
            aria-label={t('contacts.openCaseFor', { date: formatDate(c.occurredOn) })}
          >
            {t('contacts.openCase')}
          </Link>
        ) : (
          <span className="muted">—</span>
        ),
    },
  ];

  return (
    <section aria-labelledby="recent-contacts-title" className="recent-contacts">
      <h2 id="recent-contacts-title" className="section-title">
        {t('contacts.recent.title')}
      </h2>
      {list.isPending ? (
        <p role="status" className="status-text">
          {t('common.loading')}
        </p>
      ) : list.isError ? (
        <Notice tone="error" title={t('contacts.recent.loadFailed')}>
          <p>{errorText(list.error)}</p>
          <div>
            <Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>
          </div>
        </Notice>
      ) : rows.length === 0 ? (
        <EmptyState>{t('contacts.recent.empty')}</EmptyState>
      ) : (
        <>
          <SortableTable
            caption={t('contacts.recent.title')}
            columns={columns}
            rows={rows}
            rowKey={(c) => c.id}
            countText={t('contacts.recent.count', { count: rows.length })}
            sortLabel={(header) => t('ui.table.sortBy', { column: header })}
            testId="recent-contacts"
          />
          <div className="form-actions">
            {list.hasNextPage ? (
              <Button
                onClick={() => void list.fetchNextPage()}
                disabled={list.isFetchingNextPage}
                aria-busy={list.isFetchingNextPage}
              >
                {list.isFetchingNextPage ? t('common.loading') : t('contacts.recent.more')}
              </Button>
            ) : (
              <p className="status-text">{t('contacts.recent.end')}</p>
            )}
          </div>
        </>
      )}
    </section>
  );
}
