import { useMutation } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import {
  applyFieldIssues,
  contractResolver,
  pathMapper,
  useFieldErrorText,
} from '../../lib/form-errors';
import { parseDateInput, useDateFormatter } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useDiscardGuard } from '../../ui/DiscardGuard';
import { Form } from '../../ui/Form';
import { QuotaLine } from '../quota/QuotaLine';
import { formatHours } from './appointment-words';
import type { CalendarOwner } from './appointments.queries';
import { bookingForm, toBookInput, type BookingOutput, type BookingValues } from './booking-form';
import { bookingRefusal } from './booking-refusal';
import { CasePicker } from './CasePicker';
import { OwnerPicker, ownerValue, parseOwner } from './OwnerPicker';
import { SelfPaidConfirm } from './SelfPaidConfirm';
import { SlotFields } from './SlotFields';

/** Where a booking starts from: the calendar (owner, date, hour) or a case (case and client known). */
export interface BookingPreset {
  readonly date: string;
  readonly start?: string;
  readonly owner: CalendarOwner | null;
  readonly fixedCase?: {
    readonly caseId: string;
    readonly clientId: string;
    readonly caseNumber: string;
  };
}

const FIELDS = pathMapper<BookingValues>({
  caseId: 'caseId',
  counsellorId: 'owner',
  providerId: 'owner',
  providerCounsellorId: 'providerCounsellorId',
  date: 'date',
  start: 'start',
  end: 'end',
  mode: 'mode',
  place: 'place',
});

const plusHour = (start: string): string => {
  const h = Number(start.slice(0, 2)) + 1;
  return h > 23 ? '23:59' : `${String(h).padStart(2, '0')}${start.slice(2)}`;
};

/**
 * 預約晤談. The client's subsidised hours left are shown before saving; a booking beyond them
 * comes back from core as quotaExceeded and is confirmed as self-paid; a double booking is
 * shown beside the time fields.
 */
export function BookingDialog({
  preset,
  onClose,
}: {
  readonly preset: BookingPreset;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const errorText = useErrorText();
  const formatDate = useDateFormatter();
  const start = preset.start ?? '';
  const form = useForm<BookingValues, unknown, BookingOutput>({
    resolver: contractResolver(bookingForm),
    defaultValues: {
      caseId: preset.fixedCase?.caseId ?? null,
      owner: ownerValue(preset.owner),
      providerCounsellorId:
        preset.owner?.kind === 'provider' ? (preset.owner.counsellorId ?? null) : null,
      date: formatDate(preset.date),
      start,
      end: start ? plusHour(start) : '',
      mode: 'inPerson',
      place: '',
    },
  });
  const [clientId, setClientId] = useState<string | null>(preset.fixedCase?.clientId ?? null);
  const [failure, setFailure] = useState<unknown>(null);
  const [overQuota, setOverQuota] = useState<{ values: BookingOutput; remaining: number } | null>(
    null,
  );
  const [done, setDone] = useState<{ selfPaid: boolean; remainingHours: number } | null>(null);
  const { errors, isDirty, isSubmitted } = form.formState;
  const [dateText, caseId] = useWatch({ control: form.control, name: ['date', 'caseId'] });
  const parsed = parseDateInput(dateText);
  const year = parsed.ok ? Number(parsed.iso.slice(0, 4)) : undefined;
  const book = useMutation({
    mutationFn: ({ v, selfPaid }: { v: BookingOutput; selfPaid: boolean }) =>
      call('appointments.book', toBookInput(v, selfPaid)),
  });
  const { requestClose, guard } = useDiscardGuard(isDirty && !done, onClose);
  const pickCase = useCallback(
    (p: { caseId: string | null; clientId: string | null }) => {
      setClientId(p.clientId);
      form.setValue('caseId', p.caseId, { shouldDirty: true });
    },
    [form],
  );

  const submit = (v: BookingOutput, selfPaid: boolean) => {
    setFailure(null);
    book.mutate(
      { v, selfPaid },
      {
        onSuccess: (r) => {
          setOverQuota(null);
          setDone(r);
        },
        onError: (e) => {
          setOverQuota(null);
          const refusal = bookingRefusal(e);
          if (refusal.kind === 'overQuota') {
            setOverQuota({ values: v, remaining: refusal.remaining });
            return;
          }
          if (refusal.kind === 'doubleBooking') {
            form.setError(
              'start',
              { type: 'server', message: refusal.message },
              { shouldFocus: true },
            );
            return;
          }
          const left = applyFieldIssues(e, form.setError, FIELDS);
          if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
        },
      },
    );
  };
  const onSubmit = form.handleSubmit((v) => submit(v, false));

  return (
    <>
      <Dialog open title={t('appt.book.title')} onClose={done ? onClose : requestClose}>
        {done ? (
          <BookedNotice
            selfPaid={done.selfPaid}
            remaining={done.remainingHours}
            onClose={onClose}
          />
        ) : (
          <Form onSubmit={(e) => void onSubmit(e)} aria-label={t('appt.book.title')}>
            <p className="dialog-lead">{t('appt.book.lead')}</p>
            <div className="form-grid" data-columns="2">
              {preset.fixedCase ? (
                <p className="field">
                  <span className="field-label">{t('appt.field.case')}</span>
                  <span className="mono">{preset.fixedCase.caseNumber}</span>
                </p>
              ) : (
                <CasePicker
                  caseId={caseId ?? null}
                  clientId={clientId}
                  onChange={pickCase}
                  error={fieldError(errors.caseId)}
                />
              )}
              <Controller
                control={form.control}
                name="owner"
                render={({ field, fieldState }) => {
                  const o = parseOwner(field.value);
                  const pcId = form.getValues('providerCounsellorId');
                  return (
                    <OwnerPicker
                      label={t('appt.field.ownerBooking')}
                      value={o?.kind === 'provider' ? { ...o, counsellorId: pcId ?? undefined } : o}
                      required
                      error={fieldError(fieldState.error)}
                      onChange={(next) => {
                        field.onChange(ownerValue(next));
                        form.setValue(
                          'providerCounsellorId',
                          next?.kind === 'provider' ? (next.counsellorId ?? null) : null,
                        );
                      }}
                    />
                  );
                }}
              />
            </div>
            {clientId ? <QuotaLine clientId={clientId} year={year} /> : null}
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
                disabled={book.isPending}
                aria-busy={book.isPending}
              >
                {t('appt.book.save')}
              </Button>
            </div>
          </Form>
        )}
      </Dialog>
      <SelfPaidConfirm
        what="book"
        remaining={overQuota?.remaining ?? null}
        busy={book.isPending}
        onCancel={() => setOverQuota(null)}
        onConfirm={() => overQuota && submit(overQuota.values, true)}
      />
      {guard}
    </>
  );
}

function BookedNotice({
  selfPaid,
  remaining,
  onClose,
}: {
  readonly selfPaid: boolean;
  readonly remaining: number;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="dialog-body" data-testid="booked-notice">
      <p className="result-ok" role="status">
        {selfPaid ? t('appt.book.doneSelfPaid') : t('appt.book.done')}
      </p>
      <p>{t('quota.line.remaining', { hours: formatHours(remaining) })}</p>
      <div className="dialog-actions">
        <Button variant="primary" autoFocus onClick={onClose}>
          {t('appt.book.close')}
        </Button>
      </div>
    </div>
  );
}
