import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/ipc/schemas/cases';
import { useDateFormatter } from '../../lib/format';
import { EmptyState } from '../../ui/Card';
import { SortableTable, type Column } from '../../ui/SortableTable';
import { useRefData } from '../reference/ref-labels';
import { CaseStatusBadge, RiskBadge } from './CaseBadges';

type Risk = CaseDetail['riskHistory'][number];
type Status = CaseDetail['statusHistory'][number];
type ContactLine = CaseDetail['contacts'][number];

/** 風險等級紀錄, 狀態紀錄 and the contacts linked to the case, with ROC dates. */
export function CaseHistory({ c }: { readonly c: CaseDetail }) {
  const { t } = useTranslation();
  const formatDate = useDateFormatter();
  const ref = useRefData();
  const sortLabel = (header: string) => t('ui.table.sortBy', { column: header });

  const riskColumns: Column<Risk>[] = [
    {
      id: 'on',
      header: t('cases.history.on'),
      cell: (r) => <span className="nowrap">{formatDate(r.assessedOn)}</span>,
      sortValue: (r) => r.assessedOn,
    },
    { id: 'level', header: t('cases.field.riskLevel'), cell: (r) => <RiskBadge level={r.level} /> },
    { id: 'by', header: t('cases.history.by'), cell: (r) => r.assessedBy.displayName },
  ];
  const statusColumns: Column<Status>[] = [
    {
      id: 'on',
      header: t('cases.history.on'),
      cell: (s) => <span className="nowrap">{formatDate(s.changedOn)}</span>,
      sortValue: (s) => s.changedOn,
    },
    {
      id: 'change',
      header: t('cases.history.change'),
      cell: (s) => (
        <span className="badges">
          {s.from ? (
            <>
              <CaseStatusBadge status={s.from} />
              <span aria-hidden="true">→</span>
              <span className="visually-hidden">{t('cases.history.to')}</span>
            </>
          ) : null}
          <CaseStatusBadge status={s.to} />
        </span>
      ),
    },
    {
      id: 'reason',
      header: t('cases.field.closingReason'),
      cell: (s) =>
        s.reason ? (
          <>
            {ref.label('closingReason', s.reason)}
            {s.summary ? <span className="muted small"> — {s.summary}</span> : null}
          </>
        ) : (
          <span className="muted">—</span>
        ),
    },
    { id: 'by', header: t('cases.history.by'), cell: (s) => s.changedBy.displayName },
  ];
  const contactColumns: Column<ContactLine>[] = [
    {
      id: 'on',
      header: t('contacts.column.occurredOn'),
      cell: (x) => <span className="nowrap">{formatDate(x.occurredOn)}</span>,
      sortValue: (x) => x.occurredOn,
    },
    {
      id: 'channel',
      header: t('contacts.field.channel'),
      cell: (x) => ref.label('channel', x.channel),
    },
    {
      id: 'serviceItem',
      header: t('contacts.field.serviceItem'),
      cell: (x) => ref.label('serviceItem', x.serviceItem),
    },
    {
      id: 'minutes',
      header: t('contacts.column.minutes'),
      cell: (x) => (x.minutes === null ? <span className="muted">—</span> : x.minutes),
    },
  ];

  return (
    <div className="case-history">
      <section aria-labelledby="case-risk-history">
        <h2 id="case-risk-history" className="section-title">
          {t('cases.history.risk')}
        </h2>
        <SortableTable
          caption={t('cases.history.risk')}
          columns={riskColumns}
          rows={c.riskHistory}
          rowKey={(r) => r.id}
          countText={t('cases.history.count', { count: c.riskHistory.length })}
          sortLabel={sortLabel}
          testId="risk-history"
        />
      </section>
      <section aria-labelledby="case-status-history">
        <h2 id="case-status-history" className="section-title">
          {t('cases.history.status')}
        </h2>
        <SortableTable
          caption={t('cases.history.status')}
          columns={statusColumns}
          rows={c.statusHistory}
          rowKey={(s) => s.id}
          countText={t('cases.history.count', { count: c.statusHistory.length })}
          sortLabel={sortLabel}
          testId="status-history"
        />
      </section>
      <section aria-labelledby="case-contacts">
        <h2 id="case-contacts" className="section-title">
          {t('cases.contacts.title')}
        </h2>
        {c.contacts.length === 0 ? (
          <EmptyState>{t('cases.contacts.empty')}</EmptyState>
        ) : (
          <SortableTable
            caption={t('cases.contacts.title')}
            columns={contactColumns}
            rows={c.contacts}
            rowKey={(x) => x.id}
            countText={t('cases.history.count', { count: c.contacts.length })}
            sortLabel={sortLabel}
            testId="case-contacts"
          />
        )}
      </section>
    </div>
  );
}
