import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addDays } from '../appointments/calendar-dates';
import { useDateFormatter } from '../../lib/format';
import { useOfficeToday } from '../app/useOfficeToday';
import { call } from '../../lib/api';
import { Card, EmptyState } from '../../ui/Card';
import { Combobox } from '../../ui/Combobox';
import { Page } from '../../ui/Page';
import { SortableTable } from '../../ui/SortableTable';
import { formatHours } from '../appointments/appointment-words';
import { providerQueries } from '../reference/reference.queries';
import { ProviderImport } from './ProviderImport';
import { RecordReportForm } from './RecordReportForm';

/** 委外時數: hours contracted providers report — one at a time or their monthly/quarterly file. */
export function ProviderReportsPage() {
  const { t } = useTranslation();
  const date = useDateFormatter();
  const officeToday = useOfficeToday();
  const providers = useQuery(providerQueries.list());
  const [providerId, setProviderId] = useState<string | null>(null);
  const chosen =
    providerId ??
    providers.data?.providers.find((p) => p.active && p.kind === 'contracted')?.id ??
    null;
  const to = officeToday;
  const from = addDays(to, -92);
  const list = useQuery({
    queryKey: ['quota', 'providerReports', chosen, from, to],
    queryFn: () =>
      call('providerReports.list', { ...(chosen ? { providerId: chosen } : {}), from, to }),
    enabled: chosen !== null,
  });
  const rows = list.data?.reports ?? [];
  return (
    <Page title={t('provider.page.title')} description={t('provider.page.description')}>
      <div className="page-toolbar">
        <Link to="/reports/hours">{t('nav.hoursReport')}</Link>
      </div>
      <div className="calendar-toolbar">
        <Combobox
          label={t('provider.field.provider')}
          options={(providers.data?.providers ?? []).map((p) => ({
            value: p.id,
            label: p.name,
            inactive: !p.active,
          }))}
          value={chosen}
          onChange={setProviderId}
          required
          requiredMark={t('common.requiredMark')}
          testId="provider-picker"
        />
      </div>
      <RecordReportForm providerId={chosen} />
      <ProviderImport providerId={chosen} />
      <Card title={t('provider.list.title')} testId="provider-list">
        {rows.length === 0 ? (
          <EmptyState>{t('provider.list.empty')}</EmptyState>
        ) : (
          <SortableTable
            caption={t('provider.list.title')}
            rows={rows}
            rowKey={(r) => r.id}
            countText={t('provider.list.count', { count: rows.length })}
            sortLabel={(column) => t('ui.table.sortBy', { column })}
            initialSort={{ columnId: 'date', direction: 'descending' }}
            columns={[
              {
                id: 'date',
                header: t('provider.record.date'),
                sortValue: (r) => r.date,
                cell: (r) => date(r.date),
              },
              {
                id: 'client',
                header: t('provider.record.client'),
                cell: (r) => r.client?.name ?? '—',
              },
              {
                id: 'hours',
                header: t('provider.record.hours'),
                sortValue: (r) => r.hours,
                cell: (r) => formatHours(r.hours),
              },
              {
                id: 'ref',
                header: t('provider.record.reference'),
                cell: (r) => r.providerReference ?? '',
              },
              {
                id: 'review',
                header: t('provider.list.review'),
                cell: (r) => (r.needsReview ? t('provider.list.needsReview') : ''),
              },
            ]}
          />
        )}
      </Card>
    </Page>
  );
}
