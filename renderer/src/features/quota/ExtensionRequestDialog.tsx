import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import {
  applyFieldIssues,
  contractResolver,
  pathMapper,
  useFieldErrorText,
} from '../../lib/form-errors';
import { formText } from '../../lib/form-values';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useDiscardGuard } from '../../ui/DiscardGuard';
import { Form } from '../../ui/Form';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { formatHours } from '../appointments/appointment-words';

/** Hours typed as text ('1.5', '１'), in 0.5 steps, as the contract's halfHours wants. */
export const formHalfHours = (max: number) =>
  z.string().transform((text, ctx) => {
    const n = Number(text.normalize('NFKC').trim());
    if (text.trim() === '' || !Number.isFinite(n)) {
      ctx.addIssue({
        code: 'custom',
        message: text.trim() === '' ? 'validation.required' : 'validation.halfHourSteps',
      });
      return z.NEVER;
    }
    if (n < 0.5 || n > max || !Number.isInteger(n * 2)) {
      ctx.addIssue({ code: 'custom', message: 'validation.halfHourSteps' });
      return z.NEVER;
    }
    return n;
  });

const requestForm = z.object({ hours: formHalfHours(50), reason: formText(300, true) });
type Values = z.input<typeof requestForm>;
const FIELDS = pathMapper<Values>({ hours: 'hours', reason: 'reason' });

/** 申請延長補助時數: hours and why; a counsellor decides after an assessment. */
export function ExtensionRequestDialog({
  clientId,
  year,
  cap,
  onClose,
}: {
  readonly clientId: string;
  readonly year: number;
  readonly cap: number;
  readonly onClose: (sent: boolean) => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<Values, unknown, z.output<typeof requestForm>>({
    resolver: contractResolver(requestForm),
    defaultValues: { hours: '', reason: '' },
  });
  const send = useMutation({
    mutationFn: (v: z.output<typeof requestForm>) =>
      call('quota.requestExtension', { clientId, year, ...v }),
  });
  const { requestClose, guard } = useDiscardGuard(form.formState.isDirty, () => onClose(false));
  const onSubmit = form.handleSubmit((v) => {
    setFailure(null);
    send.mutate(v, {
      onSuccess: () => onClose(true),
      onError: (e) => {
        const left = applyFieldIssues(e, form.setError, FIELDS);
        if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
      },
    });
  });
  return (
    <>
      <Dialog open title={t('quota.request.title')} onClose={requestClose} size="small">
        <Form onSubmit={(e) => void onSubmit(e)} aria-label={t('quota.request.title')}>
          <p className="dialog-lead">{t('quota.request.lead', { cap: formatHours(cap) })}</p>
          <TextField
            label={t('quota.request.hours')}
            description={t('quota.request.hoursHelp')}
            inputMode="decimal"
            autoComplete="off"
            autoFocus
            className="number-input"
            required
            requiredMark={t('common.requiredMark')}
            error={fieldError(form.formState.errors.hours)}
            {...form.register('hours')}
          />
          <TextAreaField
            label={t('quota.request.reason')}
            description={t('quota.request.reasonHelp')}
            rows={3}
            required
            requiredMark={t('common.requiredMark')}
            error={fieldError(form.formState.errors.reason)}
            {...form.register('reason')}
          />
          {failure ? (
            <p className="form-error" role="alert">
              {errorText(failure)}
            </p>
          ) : null}
          <div className="dialog-actions">
            <Button onClick={requestClose}>{t('common.cancel')}</Button>
            <Button type="submit" variant="primary" disabled={send.isPending}>
              {t('quota.request.send')}
            </Button>
          </div>
        </Form>
      </Dialog>
      {guard}
    </>
  );
}
