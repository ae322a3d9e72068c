import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../lib/errors';
import { useDateFormatter } from '../../lib/format';
import { Card, EmptyState } from '../../ui/Card';
import { StatusBadge } from '../../ui/StatusBadge';
import { APPOINTMENT_STATUS } from '../appointments/appointment-words';
import { homeDayQueries } from './home.queries';
import './home.css';

/**
 * A counsellor's notes to finish (core decides which): their in-house appointments that have
 * ended or were completed without a session record, oldest first. Each line opens the session
 * form for that appointment; one still booked says that its status is not set yet.
 */
export function NotesToFinish() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const date = useDateFormatter();
  const day = useQuery(homeDayQueries.day());
  const notes = day.data?.notesToFinish;
  return (
    <Card
      title={t('home.notes.title', { count: notes?.count ?? 0 })}
      tone={notes && notes.count > 0 ? 'attention' : 'plain'}
      testId="notes-to-finish"
    >
      {day.isError ? (
        <p className="form-error">{errorText(day.error)}</p>
      ) : !notes ? (
        <p className="status-text">{t('common.loading')}</p>
      ) : notes.rows.length === 0 ? (
        <EmptyState>{t('home.notes.empty')}</EmptyState>
      ) : (
        <>
          <ul className="day-list" aria-label={t('home.notes.list')}>
            {notes.rows.map((r) => (
              <li key={r.id}>
                <Link to={`/appointments/case/${r.caseId}/session/${r.id}`} className="day-link">
                  <span className="day-time">
                    {date(r.date)} {r.start}–{r.end}
                  </span>
                  <span className="mono">{r.caseNumber}</span>
                  <span className="day-name">{r.clientName}</span>
                  <span>{t('home.notes.write')}</span>
                </Link>
                {r.status === 'booked' ? (
                  <span className="muted">{t('home.notes.statusNotSet')}</span>
                ) : (
                  <StatusBadge tone={APPOINTMENT_STATUS[r.status].tone}>
                    {t(APPOINTMENT_STATUS[r.status].key)}
                  </StatusBadge>
                )}
              </li>
            ))}
          </ul>
          {notes.count > notes.rows.length ? (
            <p className="small">
              {t('home.notes.more', { count: notes.count - notes.rows.length })}
            </p>
          ) : null}
        </>
      )}
    </Card>
  );
}
