import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AppointmentRow } from '../../../../shared/ipc/schemas/appointments';
import { isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { applyFieldIssues, contractResolver, pathMapper } from '../../lib/form-errors';
import { parseDateInput, parseIsoDate, useDateFormatter } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useDiscardGuard } from '../../ui/DiscardGuard';
import { Form } from '../../ui/Form';
import { QuotaLine } from '../quota/QuotaLine';
import { quotaQueries } from '../quota/quota.queries';
import { bookingRefusal } from './booking-refusal';
import {
  moveDefaults,
  moveForm,
  moveWillRebook,
  toMoveInput,
  type Moved,
  type MoveOutput,
  type MoveValues,
} from './move-form';
import { MoveOutcome } from './MoveOutcome';
import { SelfPaidConfirm } from './SelfPaidConfirm';
import { SlotFields } from './SlotFields';
import { useAppointmentActions } from './useAppointmentActions';

const FIELDS = pathMapper<MoveValues>({
  date: 'date',
  start: 'start',
  end: 'end',
  mode: 'mode',
  place: 'place',
});

/**
 * 改期: the same date and time fields, checks and quota line as booking; the case and the
 * counsellor stay. Core moves the appointment itself when asked by the day before, otherwise it
 * records the old one as a late cancellation and books a new one — the dialog says which,
 * before saving (as far as it can tell) and after (what core did).
 */
export function MoveDialog({
  appointment,
  onClose,
  onMoved,
}: {
  readonly appointment: AppointmentRow;
  readonly onClose: () => void;
  /** After the person has read the outcome: where the appointment now is. */
  readonly onMoved: (moved: Moved) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const formatDate = useDateFormatter();
  // As it was when the dialog opened: a move refreshes the calendar behind, and the outcome
  // must still name the old time.
  const [a] = useState(appointment);
  // "Today" for the late-move warning: fixed when the dialog opens (a render must stay pure).
  const [openedAt] = useState(() => Date.now());
  const form = useForm<MoveValues, unknown, MoveOutput>({
    resolver: contractResolver(moveForm),
    defaultValues: moveDefaults(a, formatDate),
  });
  const { move } = useAppointmentActions(a.id);
  const rules = useQuery(quotaQueries.rules(parseIsoDate(a.date).year));
  const [failure, setFailure] = useState<unknown>(null);
  const [overQuota, setOverQuota] = useState<{ values: MoveOutput; remaining: number } | null>(
    null,
  );
  const [done, setDone] = useState<Moved | null>(null);
  const { isDirty, isSubmitted } = form.formState;
  const dateText = useWatch({ control: form.control, name: 'date' });
  const parsed = parseDateInput(dateText);
  const year = parsed.ok ? Number(parsed.iso.slice(0, 4)) : undefined;
  const settings = rules.data?.settings;
  const rebook = settings ? moveWillRebook(a, openedAt, settings) : false;
  const { requestClose, guard } = useDiscardGuard(isDirty && !done, onClose);

  const submit = (v: MoveOutput, selfPaid: boolean) => {
    setFailure(null);
    move.mutate(toMoveInput(a.id, v, selfPaid), {
      onSuccess: (result) => {
        setOverQuota(null);
        setDone({ result, values: v });
      },
      onError: (e) => {
        setOverQuota(null);
        const refusal = bookingRefusal(e);
        if (refusal.kind === 'overQuota')
          return setOverQuota({ values: v, remaining: refusal.remaining });
        if (refusal.kind === 'doubleBooking')
          return form.setError(
            'start',
            { type: 'server', message: refusal.message },
            { shouldFocus: true },
          );
        const left = applyFieldIssues(e, form.setError, FIELDS);
        if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
      },
    });
  };
  const onSubmit = form.handleSubmit((v) => submit(v, false));

  return (
    <>
      <Dialog open title={t('appt.move.title')} onClose={done ? () => onMoved(done) : requestClose}>
        {done ? (
          <MoveOutcome
            appointment={a}
            moved={done}
            lateCounts={settings?.lateCancellationCounts ?? null}
            onClose={() => onMoved(done)}
          />
        ) : (
          <Form onSubmit={(e) => void onSubmit(e)} aria-label={t('appt.move.title')}>
            <p className="dialog-lead">
              {t('appt.move.lead', {
                when: `${formatDate(a.date)} ${a.start}–${a.end}`,
                caseNumber: a.caseNumber,
              })}
            </p>
            {rebook ? (
              <p className="warning-text" data-testid="move-late-warning">
                {settings?.lateCancellationCounts
                  ? t('appt.move.lateWarningCounts')
                  : t('appt.move.lateWarningFree')}
              </p>
            ) : null}
            <QuotaLine clientId={a.client.id} year={year} />
            <SlotFields form={form} showError={isSubmitted} />
            {failure ? (
              <p className="form-error" role="alert">
                {errorText(failure)}
              </p>
            ) : null}
            <div className="dialog-actions">
              <Button onClick={requestClose}>{t('common.cancel')}</Button>
              <Button
                type="submit"
                variant="primary"
                disabled={move.isPending}
                aria-busy={move.isPending}
              >
                {t('appt.move.save')}
              </Button>
            </div>
          </Form>
        )}
      </Dialog>
      <SelfPaidConfirm
        what="move"
        remaining={overQuota?.remaining ?? null}
        busy={move.isPending}
        onCancel={() => setOverQuota(null)}
        onConfirm={() => overQuota && submit(overQuota.values, true)}
      />
      {guard}
    </>
  );
}
