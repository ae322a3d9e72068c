import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/ipc/schemas/cases';
import { useDateFormatter } from '../../lib/format';
import { RISK, STATUS } from '../cases/case-words';
import { useRefData } from '../reference/ref-labels';
import { caseEvents, mergeTimeline } from './timeline';
import { useTimelineText } from './timeline-text';

/**
 * The printout's content: the case's logistics and its history, oldest first (paper reads top
 * down). Words and shapes, no colour: printers are often black and white.
 */
export function CasePrintBody({ c }: { readonly c: CaseDetail }) {
  const { t } = useTranslation();
  const formatDate = useDateFormatter();
  const ref = useRefData();
  const text = useTimelineText();
  const sep = t('common.listSeparator');
  const facts: readonly [string, string][] = [
    [t('caseList.column.caseNumber'), c.caseNumber],
    [t('caseList.column.client'), c.client.name],
    [t('caseList.column.agency'), c.agency?.name ?? '—'],
    [t('caseList.column.status'), t(STATUS[c.status].key)],
    [t('caseList.column.risk'), t(RISK[c.riskLevel].key)],
    [t('caseList.column.facets'), c.facets.map((f) => ref.label('facet', f)).join(sep)],
    [t('caseList.column.deskOwner'), c.deskOwner.displayName],
    [
      t('caseList.column.counsellor'),
      [c.counsellor?.displayName, c.provider?.name].filter(Boolean).join(sep) || '—',
    ],
    [t('caseList.column.requestedOn'), formatDate(c.requestedOn)],
    [t('caseList.column.nextFollowUp'), c.nextFollowUp ? formatDate(c.nextFollowUp) : '—'],
  ];
  const events = mergeTimeline([caseEvents(c)], 'oldest');
  return (
    <>
      <dl className="print-facts">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <h2 className="print-section">{t('timeline.title')}</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">{t('print.column.date')}</th>
            <th scope="col">{t('print.column.event')}</th>
            <th scope="col">{t('print.column.detail')}</th>
            <th scope="col">{t('print.column.by')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => {
            const w = text(e);
            return (
              <tr key={e.id}>
                <td className="nowrap">{formatDate(e.on)}</td>
                <td>{w.title}</td>
                <td>{w.detail || '—'}</td>
                <td>{e.by ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
