import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseListRow } from '../../../../shared/ipc/schemas/case-list';
import { useDateFormatter } from '../../lib/format';
import type { DataColumn } from '../../ui/DataTable';
import { CaseStatusBadge, RiskBadge } from '../cases/CaseBadges';
import { useRefData } from '../reference/ref-labels';
import { FollowUpDate } from './FollowUpDate';

/**
 * The case list's columns: logistics only (SECURITY.md §4). Ids of sortable columns are core's
 * sort names. The case number is a real link (middle-click, screen-reader link lists) but not a
 * tab stop of its own: the row is the one stop, and Enter opens it.
 *
 * Widths hold each column's longest usual content in that language (rows have one height):
 * English badges and "12 days overdue" are wider than 關懷 and 逾期 12 天. When the
 * table's box is narrower than all ten (a 1280 px window), the columns with a dropOrder step
 * out of view — requested date, desk owner, facets, then agency — rather than scroll sideways;
 * the column chooser brings any of them back.
 */
export function useCaseColumns(): DataColumn<CaseListRow>[] {
  const { t, i18n } = useTranslation();
  const formatDate = useDateFormatter();
  const ref = useRefData();
  const en = i18n.language === 'en';
  return useMemo(
    () => [
      {
        id: 'caseNumber',
        header: t('caseList.column.caseNumber'),
        width: 128,
        sortable: true,
        hideable: false,
        cell: (r) => (
          <Link
            to={`/cases/${r.id}`}
            tabIndex={-1}
            className="mono"
            onClick={(e) => e.stopPropagation()}
          >
            {r.caseNumber}
          </Link>
        ),
      },
      {
        id: 'client',
        header: t('caseList.column.client'),
        width: 110,
        hideable: false,
        cell: (r) => r.clientName,
      },
      {
        id: 'agency',
        header: t('caseList.column.agency'),
        width: 150,
        dropOrder: 4,
        cell: (r) =>
          r.agencyName ? (
            <span title={r.agencyName}>{r.agencyName}</span>
          ) : (
            <span className="muted">—</span>
          ),
      },
      {
        id: 'status',
        header: t('caseList.column.status'),
        width: en ? 104 : 96,
        cell: (r) => <CaseStatusBadge status={r.status} />,
      },
      {
        id: 'risk',
        header: t('caseList.column.risk'),
        width: en ? 128 : 116,
        cell: (r) => <RiskBadge level={r.riskLevel} />,
      },
      {
        id: 'facets',
        header: t('caseList.column.facets'),
        width: 150,
        dropOrder: 3,
        cell: (r) => {
          const text = r.facets.map((f) => ref.label('facet', f)).join(t('common.listSeparator'));
          return <span title={text}>{text}</span>;
        },
      },
      {
        id: 'deskOwner',
        header: t('caseList.column.deskOwner'),
        width: 112,
        dropOrder: 2,
        cell: (r) => r.deskOwnerName,
      },
      {
        id: 'counsellor',
        header: t('caseList.column.counsellor'),
        width: en ? 164 : 156,
        cell: (r) => {
          const who = [r.counsellorName, r.providerName]
            .filter(Boolean)
            .join(t('common.listSeparator'));
          return who ? <span title={who}>{who}</span> : <span className="muted">—</span>;
        },
      },
      {
        id: 'requestedOn',
        header: t('caseList.column.requestedOn'),
        width: 112,
        dropOrder: 1,
        sortable: true,
        descFirst: true,
        cell: (r) => formatDate(r.requestedOn),
      },
      {
        id: 'nextFollowUp',
        header: t('caseList.column.nextFollowUp'),
        // The date and its overdue words stack in the row (case-list.css).
        width: en ? 160 : 128,
        sortable: true,
        cell: (r) => <FollowUpDate on={r.nextFollowUp} overdueDays={r.overdueDays} />,
      },
    ],
    [t, formatDate, ref, en],
  );
}
