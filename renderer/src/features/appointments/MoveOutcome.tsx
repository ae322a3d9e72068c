import { useTranslation } from 'react-i18next';
import type { AppointmentRow } from '../../../../shared/ipc/schemas/appointments';
import { useDateFormatter } from '../../lib/format';
import { Button } from '../../ui/Button';
import { QuotaLine } from '../quota/QuotaLine';
import { moveOutcomeKey, type Moved } from './move-form';

/**
 * What core did, in words: moved in place, or (asked on the day) the old appointment recorded
 * as a late cancellation — counted or not per the office's setting — and a new one booked. The
 * hours left are read afresh (the quota line), as a counted late cancellation changes them.
 */
export function MoveOutcome({
  appointment: a,
  moved,
  lateCounts,
  onClose,
}: {
  readonly appointment: AppointmentRow;
  readonly moved: Moved;
  /** The office's setting (quota.rules), null if it could not be read. */
  readonly lateCounts: boolean | null;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const date = useDateFormatter();
  const { result, values: v } = moved;
  const when = `${date(v.date)} ${v.start}–${v.end}`;
  const old = `${date(a.date)} ${a.start}–${a.end}`;
  return (
    <div className="dialog-body" data-testid="moved-notice">
      <p className="result-ok" role="status">
        {t(moveOutcomeKey(result.moved, lateCounts), { when, old })}
      </p>
      {result.selfPaid ? <p>{t('appt.move.selfPaid')}</p> : null}
      <QuotaLine clientId={a.client.id} year={Number(v.date.slice(0, 4))} />
      <div className="dialog-actions">
        <Button variant="primary" autoFocus onClick={onClose}>
          {t('appt.book.close')}
        </Button>
      </div>
    </div>
  );
}
