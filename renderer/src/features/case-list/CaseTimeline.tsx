import { useTranslation } from 'react-i18next';
import { useDateFormatter } from '../../lib/format';
import { EmptyState } from '../../ui/Card';
import { mergeTimeline, type TimelineEvent } from './timeline';
import { useTimelineText } from './timeline-text';
import './timeline.css';

/** Marks per kind, so the line reads without colour; the title always says what happened. */
const MARK: Readonly<Record<TimelineEvent['kind'], string>> = {
  opened: '●',
  status: '◇',
  risk: '▲',
  consent: '✓',
  consentWithdrawn: '✕',
  contact: '☎',
};

/**
 * 個案歷程: everything that happened on the case, newest first, from any number of sources
 * (the case's own history now; sessions and referrals plug in as more event lists).
 */
export function CaseTimeline({
  sources,
}: {
  readonly sources: readonly (readonly TimelineEvent[])[];
}) {
  const { t } = useTranslation();
  const formatDate = useDateFormatter();
  const text = useTimelineText();
  const events = mergeTimeline(sources, 'newest');
  return (
    <section
      className="case-timeline"
      aria-labelledby="case-timeline-title"
      data-testid="case-timeline"
    >
      <h2 id="case-timeline-title" className="section-title">
        {t('timeline.title')}
      </h2>
      {events.length === 0 ? (
        <EmptyState>{t('timeline.empty')}</EmptyState>
      ) : (
        <ol className="timeline">
          {events.map((e) => {
            const { title, detail } = text(e);
            return (
              <li key={e.id} className="timeline-item" data-kind={e.kind}>
                <span className="timeline-mark" aria-hidden="true">
                  {MARK[e.kind]}
                </span>
                <time className="timeline-date" dateTime={e.on}>
                  {formatDate(e.on)}
                </time>
                <span className="timeline-title">{title}</span>
                {detail ? <span className="timeline-detail muted">{detail}</span> : null}
                {e.by ? (
                  <span className="timeline-by muted small">
                    {t('timeline.by', { name: e.by })}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
