import { useTranslation } from 'react-i18next';
import { useDateFormatter } from '../../lib/format';
import { overdueMessage } from './overdue';

/** The next follow-up in the person's calendar, and how late it is in words ("逾期 3 天"). */
export function FollowUpDate({
  on,
  overdueDays,
}: {
  readonly on: string | null;
  readonly overdueDays: number | null;
}) {
  const { t } = useTranslation();
  const formatDate = useDateFormatter();
  if (!on) return <span className="muted">—</span>;
  const late = overdueMessage(overdueDays);
  return (
    <span className="follow-up">
      <span className="nowrap">{formatDate(on)}</span>
      {late ? (
        <span className="overdue-tag" data-testid="overdue-tag">
          {t(late.key, { days: late.days })}
        </span>
      ) : null}
    </span>
  );
}
