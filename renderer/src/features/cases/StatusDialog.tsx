import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { CaseStatus } from '../../../../shared/domain/reference-lists';
import type { MessageKey } from '../../../../shared/i18n/index';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import {
  applyFieldIssues,
  contractResolver,
  pathMapper,
  useFieldErrorText,
} from '../../lib/form-errors';
import { useDateFormatter } from '../../lib/format';
import { useOfficeToday } from '../app/useOfficeToday';
import { formDate, formText, pickedOptional } from '../../lib/form-values';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useDiscardGuard } from '../../ui/DiscardGuard';
import { Form } from '../../ui/Form';
import { TextAreaField } from '../../ui/TextAreaField';
import { FormDate } from '../intake/FormDate';
import { RefPicker } from '../reference/RefPicker';

/** The moves a person may make from each status (core allows exactly these). */
export const STATUS_MOVES: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  intake: ['active', 'closed'],
  active: ['closed'],
  closed: ['active'],
};

export function moveKey(from: CaseStatus, to: CaseStatus): MessageKey {
  if (to === 'closed') return 'cases.status.close';
  return from === 'closed' ? 'cases.status.reopen' : 'cases.status.activate';
}

/** What the notice says once the move is made. */
export function doneKey(from: CaseStatus, to: CaseStatus): MessageKey {
  if (to === 'closed') return 'cases.status.closed';
  return from === 'closed' ? 'cases.status.reopened' : 'cases.status.activated';
}

const statusForm = z
  .object({ on: formDate, reason: pickedOptional, summary: formText(1000), closing: z.boolean() })
  .superRefine((v, ctx) => {
    if (v.closing && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.closingReason' });
  });
type Values = z.input<typeof statusForm>;
type Output = z.output<typeof statusForm>;
const FIELDS = pathMapper<Values>({ on: 'on', reason: 'reason', summary: 'summary' });

/**
 * 開始服務 / 結案 / 重新開案. Closing needs a reason and may carry a short summary that is
 * logistics, never clinical (SECURITY.md §4): how it ended, where the person was referred.
 */
export function StatusDialog({
  caseId,
  from,
  to,
  onClose,
  onDone,
}: {
  readonly caseId: string;
  readonly from: CaseStatus;
  readonly to: CaseStatus;
  readonly onClose: () => void;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const errorText = useErrorText();
  const formatDate = useDateFormatter();
  const officeToday = useOfficeToday();
  const closing = to === 'closed';
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<Values, unknown, Output>({
    resolver: contractResolver(statusForm),
    defaultValues: { on: formatDate(officeToday), reason: null, summary: '', closing },
  });
  const move = useMutation({
    mutationFn: (v: Output) =>
      call('cases.setStatus', {
        id: caseId,
        to,
        on: v.on,
        ...(closing ? { reason: v.reason, summary: v.summary || null } : {}),
      }),
  });
  const { requestClose, guard } = useDiscardGuard(form.formState.isDirty, onClose);
  const title = t(moveKey(from, to));
  const onSubmit = form.handleSubmit((v) => {
    setFailure(null);
    move.mutate(v, {
      onSuccess: onDone,
      onError: (e) => {
        const left = applyFieldIssues(e, form.setError, FIELDS);
        if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
      },
    });
  });
  return (
    <>
      <Dialog open title={title} onClose={requestClose} size={closing ? 'medium' : 'small'}>
        <Form onSubmit={(e) => void onSubmit(e)} aria-label={title}>
          <p className="dialog-lead">
            {t(
              closing
                ? 'cases.status.closeLead'
                : from === 'closed'
                  ? 'cases.status.reopenLead'
                  : 'cases.status.activateLead',
            )}
          </p>
          <FormDate
            control={form.control}
            name="on"
            label={t('cases.status.on')}
            required
            showError={form.formState.isSubmitted}
          />
          {closing ? (
            <>
              <RefPicker
                control={form.control}
                name="reason"
                list="closingReason"
                label={t('cases.field.closingReason')}
                required
              />
              <TextAreaField
                label={t('cases.field.closingSummary')}
                description={t('cases.status.summaryHelp')}
                rows={3}
                error={fieldError(form.formState.errors.summary)}
                {...form.register('summary')}
              />
            </>
          ) : null}
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
              {title}
            </Button>
          </div>
        </Form>
      </Dialog>
      {guard}
    </>
  );
}
