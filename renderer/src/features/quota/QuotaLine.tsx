import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/errors';
import { formatHours } from '../appointments/appointment-words';
import { quotaQueries } from './quota.queries';
import { useOfficeMonth } from '../app/useOfficeToday';

/**
 * One line before saving a booking: "本年度補助剩餘 1.5 小時" (and what is already booked), so
 * the desk can tell the caller before they commit.
 */
export function QuotaLine({
  clientId,
  year,
}: {
  readonly clientId: string;
  readonly year?: number | undefined;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const thisYear = useOfficeMonth().year;
  const q = useQuery(quotaQueries.forClient(clientId, year));
  if (q.isError) return <p className="form-error">{errorText(q.error)}</p>;
  if (!q.data) return <p className="status-text">{t('common.loading')}</p>;
  const quota = q.data.quota;
  return (
    <p
      className="quota-line"
      role="status"
      data-testid="quota-line"
      data-low={quota.remainingHours <= 0 || undefined}
    >
      <strong>{t('quota.line.remaining', { hours: formatHours(quota.remainingHours) })}</strong>
      {quota.bookedHours > 0 ? (
        <span className="muted">
          {' '}
          {t('quota.line.booked', { hours: formatHours(quota.bookedHours) })}
        </span>
      ) : null}
      {quota.year !== thisYear ? (
        <span className="muted"> {t('quota.line.year', { year: quota.year - 1911 })}</span>
      ) : null}
    </p>
  );
}
