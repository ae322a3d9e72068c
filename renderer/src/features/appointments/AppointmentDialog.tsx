import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { AppointmentRow } from '../../../../shared/ipc/schemas/appointments';
import { useErrorText } from '../../lib/errors';
import { useDateFormatter } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { StatusBadge } from '../../ui/StatusBadge';
import { useSession } from '../auth/auth.queries';
import { APPOINTMENT_STATUS, LEAVE_KEYS, MODE_KEYS } from './appointment-words';
import { MoveDialog } from './MoveDialog';
import type { Moved } from './move-form';
import { ReasonDialog } from './ReasonDialog';
import { useAppointmentActions, type StatusTarget } from './useAppointmentActions';

type Asking = 'cancel' | StatusTarget;

/**
 * One appointment: its facts (logistics only) and what can happen to it while booked — move
 * (改期), cancel (core says in time or late), complete (a counsellor writes the session),
 * no-show, declined by the counsellor (reason), ended by the client — and the client's
 * attendance note.
 */
export function AppointmentDialog({
  appointment: a,
  onClose,
  onMoved = onClose,
}: {
  readonly appointment: AppointmentRow;
  readonly onClose: () => void;
  /** After a move was confirmed and read: the calendar goes to the new date. */
  readonly onMoved?: (moved: Moved) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const date = useDateFormatter();
  const navigate = useNavigate();
  const session = useSession();
  const { cancel, setStatus } = useAppointmentActions(a.id);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [moving, setMoving] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const status = APPOINTMENT_STATUS[a.status];
  const booked = a.status === 'booked';
  const inHouse = a.counsellor !== null;
  const who =
    a.counsellor?.displayName ??
    [a.provider?.name, a.providerCounsellor?.name].filter(Boolean).join(' · ');
  const isCounsellor = session.role === 'counsellor';

  const run = (what: Asking, reason: string) => {
    setFailure(null);
    const done = {
      onSuccess: () => setAsking(null),
      onError: (e: unknown) => {
        setAsking(null);
        setFailure(e);
      },
    };
    if (what === 'cancel')
      cancel.mutate(undefined, {
        ...done,
        onSuccess: (r) => {
          setAsking(null);
          setOutcome(
            r.status === 'cancelledInTime'
              ? t('appt.action.cancelledInTime')
              : t('appt.action.cancelledLate'),
          );
        },
      });
    else
      setStatus.mutate(reason ? { to: what, reason } : { to: what }, {
        ...done,
        onSuccess: () => {
          setAsking(null);
          setOutcome(t('appt.action.statusDone', { status: t(APPOINTMENT_STATUS[what].key) }));
        },
      });
  };

  return (
    <>
      <Dialog open title={t('appt.detail.title')} onClose={onClose}>
        <dl className="summary-list appt-facts" data-testid="appointment-detail">
          <div>
            <dt>{t('appt.field.when')}</dt>
            <dd>
              {date(a.date)} {a.start}–{a.end}
            </dd>
          </div>
          <div>
            <dt>{t('appt.field.case')}</dt>
            <dd>
              <Link to={`/appointments/case/${a.caseId}`} className="mono">
                {a.caseNumber}
              </Link>{' '}
              {a.client.name}
            </dd>
          </div>
          <div>
            <dt>{t('appt.field.ownerBooking')}</dt>
            <dd>{who}</dd>
          </div>
          <div>
            <dt>{t('appt.field.mode')}</dt>
            <dd>
              {t(MODE_KEYS[a.mode])}
              {a.place ? ` · ${a.place}` : ''}
            </dd>
          </div>
          <div>
            <dt>{t('appt.field.status')}</dt>
            <dd>
              <StatusBadge tone={status.tone}>{t(status.key)}</StatusBadge>
              {a.selfPaid ? <span className="small"> {t('appt.selfPaid')}</span> : null}
              {a.statusReason ? <span className="small"> · {a.statusReason}</span> : null}
            </dd>
          </div>
          {a.leaveType ? (
            <div>
              <dt>{t('appt.field.leave')}</dt>
              <dd>{t(LEAVE_KEYS[a.leaveType])}</dd>
            </div>
          ) : null}
        </dl>
        {outcome ? (
          <p className="result-ok" role="status">
            {outcome}
          </p>
        ) : null}
        {failure ? (
          <p className="form-error" role="alert">
            {errorText(failure)}
          </p>
        ) : null}
        <div className="dialog-actions appt-actions">
          {booked && inHouse && isCounsellor && a.counsellor?.id === session.accountId ? (
            <Button
              variant="primary"
              onClick={() => void navigate(`/appointments/case/${a.caseId}/session/${a.id}`)}
            >
              {t('appt.action.complete')}
            </Button>
          ) : null}
          {booked && !inHouse ? (
            <Button onClick={() => setAsking('completed')}>
              {t('appt.action.completeProvider')}
            </Button>
          ) : null}
          {booked ? <Button onClick={() => setMoving(true)}>{t('appt.action.move')}</Button> : null}
          {booked ? (
            <Button onClick={() => setAsking('cancel')}>{t('appt.action.cancel')}</Button>
          ) : null}
          {booked ? (
            <Button onClick={() => setAsking('noShow')}>{t('appt.action.noShow')}</Button>
          ) : null}
          {booked && isCounsellor ? (
            <Button onClick={() => setAsking('declinedByCounsellor')}>
              {t('appt.action.decline')}
            </Button>
          ) : null}
          {booked ? (
            <Button onClick={() => setAsking('endedByClient')}>{t('appt.action.ended')}</Button>
          ) : null}
          {booked || a.status === 'completed' ? (
            <Link className="button" to={`/appointments/${a.id}/attendance-note`}>
              {t('appt.action.attendanceNote')}
            </Link>
          ) : null}
          <Button onClick={onClose}>{t('appt.detail.close')}</Button>
        </div>
      </Dialog>
      {asking ? (
        <ReasonDialog
          what={asking}
          busy={cancel.isPending || setStatus.isPending}
          onCancel={() => setAsking(null)}
          onConfirm={(reason) => run(asking, reason)}
        />
      ) : null}
      {moving ? (
        <MoveDialog appointment={a} onClose={() => setMoving(false)} onMoved={onMoved} />
      ) : null}
    </>
  );
}
