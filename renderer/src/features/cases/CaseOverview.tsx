import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/ipc/schemas/cases';
import { useDateFormatter } from '../../lib/format';
import { useRefData } from '../reference/ref-labels';

const none = <span className="muted">—</span>;

function Facts({
  rows,
  testId,
}: {
  readonly rows: [string, ReactNode][];
  readonly testId?: string;
}) {
  return (
    <dl className="facts record-facts" data-testid={testId}>
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What intake recorded: the request, the needs, the owners; the summary only on this page. */
export function CaseOverview({ c }: { readonly c: CaseDetail }) {
  const { t } = useTranslation();
  const ref = useRefData();
  const formatDate = useDateFormatter();
  const list = (items: readonly string[], name: 'topic' | 'presentingIssue') =>
    items.length > 0
      ? items.map((code) => ref.label(name, code)).join(t('common.listSeparator'))
      : none;
  return (
    <div className="case-overview">
      <section aria-labelledby="case-request">
        <h2 id="case-request" className="section-title">
          {t('intake.section.request')}
        </h2>
        <Facts
          rows={[
            [t('cases.field.requestedOn'), formatDate(c.requestedOn)],
            [t('cases.field.channel'), ref.label('channel', c.channel)],
            [t('cases.field.source'), ref.label('caseSource', c.source)],
            [
              t('cases.field.voluntary'),
              c.voluntary ? t('cases.voluntary.yes') : t('cases.voluntary.no'),
            ],
            [t('cases.field.serviceItem'), ref.label('serviceItem', c.serviceItem) || none],
            [t('cases.field.agencyAtIntake'), c.agency?.name ?? none],
          ]}
        />
      </section>
      <section aria-labelledby="case-needs">
        <h2 id="case-needs" className="section-title">
          {t('intake.section.needs')}
        </h2>
        <Facts
          testId="case-needs"
          rows={[
            [
              t('cases.field.facets'),
              c.facets.map((f) => ref.label('facet', f)).join(t('common.listSeparator')) || none,
            ],
            [t('cases.field.topics'), list(c.topics, 'topic')],
            [t('cases.field.issues'), list(c.issues, 'presentingIssue')],
          ]}
        />
        <h3 className="subsection-title">
          {t('cases.field.summary')} <span className="sensitive-mark">{t('cases.sensitive')}</span>
        </h3>
        {c.presentingSummary ? (
          <p className="summary-text" data-testid="case-summary">
            {c.presentingSummary}
          </p>
        ) : (
          <p className="muted small">{t('cases.summaryEmpty')}</p>
        )}
      </section>
      <section aria-labelledby="case-owners">
        <h2 id="case-owners" className="section-title">
          {t('intake.section.owners')}
        </h2>
        <Facts
          rows={[
            [t('cases.field.deskOwner'), c.deskOwner.displayName],
            [t('cases.field.counsellor'), c.counsellor?.displayName ?? none],
            [t('cases.field.provider'), c.provider?.name ?? none],
            [t('cases.field.nextFollowUp'), c.nextFollowUp ? formatDate(c.nextFollowUp) : none],
            ...(c.status === 'closed'
              ? ([
                  [t('cases.field.closedOn'), c.closedOn ? formatDate(c.closedOn) : none],
                  [
                    t('cases.field.closingReason'),
                    ref.label('closingReason', c.closingReason) || none,
                  ],
                  [t('cases.field.closingSummary'), c.closingSummary ?? none],
                ] as [string, ReactNode][])
              : []),
          ]}
        />
      </section>
    </div>
  );
}
