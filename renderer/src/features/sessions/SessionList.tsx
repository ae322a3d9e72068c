import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/errors';
import { useDateFormatter } from '../../lib/format';
import { Card, EmptyState } from '../../ui/Card';
import { formatHours, MODE_KEYS } from '../appointments/appointment-words';
import { RiskBadge } from '../cases/CaseBadges';
import { NoteReader } from './NoteReader';
import { sessionQueries } from './sessions.queries';
import './sessions.css';

/**
 * A case's sessions: facts only (logistics). Counsellors get the explicit, audited "顯示晤談紀錄"
 * per session; the desk gets no note control at all (SECURITY.md §4).
 */
export function SessionList({
  caseId,
  clinical,
}: {
  readonly caseId: string;
  readonly clinical: boolean;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const date = useDateFormatter();
  const q = useQuery(sessionQueries.forCase(caseId));
  const rows = q.data?.sessions ?? [];
  return (
    <Card title={t('session.list.title')} testId="session-list">
      {q.isError ? (
        <p className="form-error">{errorText(q.error)}</p>
      ) : !q.data ? (
        <p className="status-text">{t('common.loading')}</p>
      ) : rows.length === 0 ? (
        <EmptyState>{t('session.list.empty')}</EmptyState>
      ) : (
        <ul className="plain-list">
          {rows.map((s) => (
            <li key={s.id} className="list-row">
              <div className="session-row">
                <div>
                  <strong className="nowrap">
                    {date(s.date)} {s.start}–{s.end}
                  </strong>{' '}
                  {t(MODE_KEYS[s.mode])} · {s.counsellor.displayName} ·{' '}
                  {t('quota.hours', { hours: formatHours(s.countedHours) })}{' '}
                  <RiskBadge level={s.riskLevel} />
                  {s.nextStep ? (
                    <p className="small">
                      {t('session.field.nextStep')}：{s.nextStep}
                    </p>
                  ) : null}
                  {s.recordingRequested ? (
                    <p className="small muted">
                      {s.recordingAgreed
                        ? t('session.list.recordingAgreed')
                        : t('session.list.recordingRequested')}
                    </p>
                  ) : null}
                </div>
              </div>
              {clinical ? (
                <NoteReader sessionId={s.id} hasNote={s.hasNote} versions={s.noteVersions} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
