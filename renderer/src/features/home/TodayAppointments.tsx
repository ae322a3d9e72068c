import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HomeAppointmentRow } from '../../../../shared/ipc/schemas/home';
import { useErrorText } from '../../lib/errors';
import { Card, EmptyState } from '../../ui/Card';
import { StatusBadge } from '../../ui/StatusBadge';
import { APPOINTMENT_STATUS, MODE_KEYS } from '../appointments/appointment-words';
import { homeDayQueries } from './home.queries';
import './home.css';

/**
 * Today's appointments in time order (the office's day, decided by core): everyone's for the
 * desk, with who holds each; a counsellor's own. Logistics only — time, who, case number and
 * name, the mode; each line opens its case. A status other than booked is said in words.
 */
export function TodayAppointments({ showWho }: { readonly showWho: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const day = useQuery(homeDayQueries.day());
  const data = day.data?.appointments;
  const who = (r: HomeAppointmentRow): string =>
    r.counsellor?.displayName ??
    (r.providerCounsellor
      ? t('home.day.providerWho', {
          provider: r.provider?.name ?? '',
          counsellor: r.providerCounsellor.name,
        })
      : (r.provider?.name ?? ''));
  const title = showWho ? 'home.day.deskTitle' : 'home.day.counsellorTitle';
  return (
    <Card title={t(title, { count: data?.count ?? 0 })} testId="today-appointments">
      {day.isError ? (
        <p className="form-error">{errorText(day.error)}</p>
      ) : !data ? (
        <p className="status-text">{t('common.loading')}</p>
      ) : data.rows.length === 0 ? (
        <EmptyState>{t(showWho ? 'home.day.deskEmpty' : 'home.day.counsellorEmpty')}</EmptyState>
      ) : (
        <>
          <ul className="day-list" aria-label={t('home.day.list')}>
            {data.rows.map((r) => (
              <li key={r.id}>
                <span className="mono day-time">
                  {r.start}–{r.end}
                </span>
                <Link to={`/cases/${r.caseId}`} className="day-link">
                  <span className="mono">{r.caseNumber}</span>
                  <span className="day-name">{r.clientName}</span>
                </Link>
                {showWho ? <span>{who(r)}</span> : null}
                <span className="muted">{t(MODE_KEYS[r.mode])}</span>
                {r.status !== 'booked' ? (
                  <StatusBadge tone={APPOINTMENT_STATUS[r.status].tone}>
                    {t(APPOINTMENT_STATUS[r.status].key)}
                  </StatusBadge>
                ) : null}
              </li>
            ))}
          </ul>
          {data.count > data.rows.length ? (
            <p className="small">
              {t('home.day.more', { shown: data.rows.length })}{' '}
              <Link to={`/appointments?date=${day.data?.today ?? ''}`}>
                {t('home.day.calendar')}
              </Link>
            </p>
          ) : null}
        </>
      )}
    </Card>
  );
}
