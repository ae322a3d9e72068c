import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import type { OutputOf } from '../../../../shared/ipc/types';
import { useDateFormatter, useDateTimeFormatter } from '../../lib/format';
import { useMessageText } from '../../lib/message-text';
import { useErrorText, type Message } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/Card';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { SortableTable, type Column } from '../../ui/SortableTable';
import { useSession } from '../auth/auth.queries';
import { CaseStatusBadge } from '../cases/CaseBadges';
import { canDoIntake } from '../intake/intake-roles';
import { useRefData } from '../reference/ref-labels';
import { clientQueries } from './clients.queries';
import { useClientWords } from './client-words';
import { EditClientDialog } from './EditClientDialog';
import { MergeDialog } from './MergeDialog';
import '../cases/case-work.css';

type Client = OutputOf<'clients.get'>['client'];
type CaseLine = Client['cases'][number];

/**
 * 服務對象資料: who the person is (as little as the work needs) and their cases; open a case,
 * edit, or merge a duplicate record into this one. The window title never names the person.
 */
export function ClientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const errorText = useErrorText();
  const session = useSession();
  const query = useQuery(clientQueries.detail(id));
  const [dialog, setDialog] = useState<'edit' | 'merge' | null>(null);
  const [done, setDone] = useState<Message | null>(null);
  const messageText = useMessageText();
  const queryClient = useQueryClient();

  const client = query.data?.client;
  if (client?.mergedInto) return <Navigate to={`/clients/${client.mergedInto}`} replace />;
  const intake = canDoIntake(session.role);

  return (
    <Page title={t('clients.page.title')} description={t('clients.page.description')}>
      {query.isPending ? (
        <p role="status" className="status-text">
          {t('common.loading')}
        </p>
      ) : query.isError || !client ? (
        <Notice tone="error" title={t('clients.page.loadFailed')}>
          <p>{errorText(query.error)}</p>
          <p>
            <Link to="/clients">{t('clients.page.back')}</Link>
          </p>
        </Notice>
      ) : (
        <>
          <div className="record-header">
            <h2 className="record-name" data-testid="client-name">
              {client.name}
            </h2>
            {intake ? (
              <div className="record-actions">
                <Link
                  className="button"
                  data-variant="primary"
                  to={`/cases/new?client=${client.id}`}
                >
                  {t('clients.openCase')}
                </Link>
                <Button onClick={() => setDialog('edit')}>{t('clients.edit.open')}</Button>
                <Button onClick={() => setDialog('merge')}>{t('clients.merge.open')}</Button>
              </div>
            ) : null}
          </div>
          {done ? (
            <div className="page-notice">
              <Notice tone="info" title={messageText(done)} />
            </div>
          ) : null}
          <ClientFacts client={client} />
          <section aria-labelledby="client-cases-title">
            <h2 id="client-cases-title" className="section-title">
              {t('clients.cases.title')}
            </h2>
            <ClientCases cases={client.cases} />
          </section>
          {dialog === 'edit' ? (
            <EditClientDialog
              client={client}
              onClose={() => setDialog(null)}
              onSaved={() => {
                setDialog(null);
                setDone({ key: 'clients.edit.done' });
                void queryClient.invalidateQueries({ queryKey: ['clients'] });
              }}
            />
          ) : null}
          {dialog === 'merge' ? (
            <MergeDialog
              client={client}
              onClose={() => setDialog(null)}
              onMerged={(name) => {
                setDialog(null);
                setDone({ key: 'clients.merge.done', params: { merge: name } });
                void queryClient.invalidateQueries({ queryKey: ['clients'] });
              }}
            />
          ) : null}
        </>
      )}
    </Page>
  );
}

function ClientFacts({ client }: { readonly client: Client }) {
  const { t } = useTranslation();
  const ref = useRefData();
  const words = useClientWords();
  const formatDateTime = useDateTimeFormatter();
  const none = <span className="muted">—</span>;
  const facts: [string, ReactNode][] = [
    [t('clients.field.agency'), client.agencyName ?? none],
    [t('clients.field.category'), ref.label('staffCategory', client.category) || none],
    [t('clients.field.gender'), words.gender(client.gender)],
    [t('clients.field.birthYear'), words.birthYear(client.birthYear) || none],
    [t('clients.field.isManager'), client.isManager ? t('contacts.tri.yes') : t('contacts.tri.no')],
    [t('clients.field.phone'), client.phone ?? none],
    [t('clients.field.email'), client.email ?? none],
    [
      t('clients.field.specialGroups'),
      client.specialGroups.length > 0
        ? client.specialGroups
            .map((g) => ref.label('specialGroup', g))
            .join(t('common.listSeparator'))
        : none,
    ],
    [t('clients.page.registered'), formatDateTime(client.createdAt)],
  ];
  return (
    <dl className="facts record-facts" data-testid="client-facts">
      {facts.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function ClientCases({ cases }: { readonly cases: readonly CaseLine[] }) {
  const { t } = useTranslation();
  const formatDate = useDateFormatter();
  if (cases.length === 0) return <EmptyState>{t('clients.cases.empty')}</EmptyState>;
  const columns: Column<CaseLine>[] = [
    {
      id: 'caseNumber',
      header: t('cases.field.caseNumber'),
      cell: (c) => (
        <Link className="mono" to={`/cases/${c.id}`}>
          {c.caseNumber}
        </Link>
      ),
      sortValue: (c) => c.caseNumber,
    },
    {
      id: 'status',
      header: t('cases.field.status'),
      cell: (c) => <CaseStatusBadge status={c.status} />,
    },
    {
      id: 'requestedOn',
      header: t('cases.field.requestedOn'),
      cell: (c) => <span className="nowrap">{formatDate(c.requestedOn)}</span>,
      sortValue: (c) => c.requestedOn,
    },
  ];
  return (
    <SortableTable
      caption={t('clients.cases.title')}
      columns={columns}
      rows={cases}
      rowKey={(c) => c.id}
      countText={t('clients.cases.count', { count: cases.length })}
      initialSort={{ columnId: 'requestedOn', direction: 'descending' }}
      sortLabel={(header) => t('ui.table.sortBy', { column: header })}
      testId="client-cases"
    />
  );
}
