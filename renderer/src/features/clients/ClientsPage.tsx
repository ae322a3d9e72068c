import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClientSummary } from '../../../../shared/ipc/schemas/clients';
import { useErrorText } from '../../lib/errors';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { EmptyState } from '../../ui/Card';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { SortableTable, type Column } from '../../ui/SortableTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { TextField } from '../../ui/TextField';
import { useSession } from '../auth/auth.queries';
import { useRefData } from '../reference/ref-labels';
import { canDoIntake } from '../intake/intake-roles';
import { CLIENT_SEARCH_LIMIT, clientQueries } from './clients.queries';
import { useClientWords } from './client-words';
import '../cases/case-work.css';

/**
 * 服務對象: one search box (a name fragment of one or two characters, phone digits or an
 * e-mail), results as the person types, and the way to register someone new.
 */
export function ClientsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const session = useSession();
  const ref = useRefData();
  const words = useClientWords();
  const [typed, setTyped] = useState('');
  const q = useDebouncedValue(typed.trim(), 300);
  const search = useQuery({ ...clientQueries.search(q), enabled: q !== '' });
  const intake = canDoIntake(session.role);
  const rows = search.data?.clients ?? [];

  const columns: Column<ClientSummary>[] = [
    {
      id: 'name',
      header: t('clients.field.name'),
      cell: (c) => <Link to={`/clients/${c.id}`}>{c.name}</Link>,
      sortValue: (c) => c.name,
    },
    {
      id: 'agency',
      header: t('clients.field.agency'),
      cell: (c) => c.agencyName ?? <span className="muted">—</span>,
      sortValue: (c) => c.agencyName ?? '',
    },
    {
      id: 'category',
      header: t('clients.field.category'),
      cell: (c) => ref.label('staffCategory', c.category) || <span className="muted">—</span>,
    },
    {
      id: 'birthYear',
      header: t('clients.field.birthYear'),
      cell: (c) => words.birthYear(c.birthYear) || <span className="muted">—</span>,
      sortValue: (c) => c.birthYear ?? 0,
    },
    {
      id: 'openCases',
      header: t('clients.column.openCases'),
      cell: (c) =>
        c.openCases > 0 ? (
          <StatusBadge tone="info">{t('clients.openCases', { count: c.openCases })}</StatusBadge>
        ) : (
          <span className="muted">—</span>
        ),
    },
    ...(intake
      ? [
          {
            id: 'actions',
            header: t('clients.column.actions'),
            hideHeader: true,
            cell: (c: ClientSummary) => (
              <span className="row-actions">
                <Link
                  className="button row-button"
                  to={`/cases/new?client=${c.id}`}
                  aria-label={t('ui.rowAction', { action: t('clients.openCase'), name: c.name })}
                >
                  {t('clients.openCase')}
                </Link>
              </span>
            ),
          },
        ]
      : []),
  ];

  return (
    <Page title={t('clients.title')} description={t('clients.description')}>
      <div className="search-row">
        <TextField
          label={t('clients.search.label')}
          description={t('clients.search.help')}
          type="search"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
        {intake ? (
          <Link
            className="button"
            data-variant="primary"
            to={`/clients/new${typed.trim() ? `?name=${encodeURIComponent(typed.trim())}` : ''}`}
          >
            {t('clients.register.open')}
          </Link>
        ) : null}
      </div>
      {q === '' ? (
        <EmptyState>{t('clients.search.idle')}</EmptyState>
      ) : search.isError ? (
        <Notice tone="error" title={t('clients.search.failed')}>
          <p>{errorText(search.error)}</p>
        </Notice>
      ) : search.isPending ? (
        <p role="status" className="status-text">
          {t('clients.picker.searching')}
        </p>
      ) : rows.length === 0 ? (
        <EmptyState>{t('clients.search.none', { q })}</EmptyState>
      ) : (
        <SortableTable
          caption={t('clients.search.caption')}
          columns={columns}
          rows={rows}
          rowKey={(c) => c.id}
          countText={
            rows.length >= CLIENT_SEARCH_LIMIT
              ? t('clients.search.countCapped', { count: rows.length })
              : t('clients.search.count', { count: rows.length })
          }
          sortLabel={(header) => t('ui.table.sortBy', { column: header })}
          testId="client-results"
        />
      )}
    </Page>
  );
}
