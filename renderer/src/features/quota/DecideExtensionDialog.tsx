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
import { Form } from '../../ui/Form';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { formatHours } from '../appointments/appointment-words';
import { formHalfHours } from './ExtensionRequestDialog';
import type { ExtensionRow } from './PendingExtensions';

const decideForm = z.object({ hours: formHalfHours(50), reason: formText(300, true) });
type Values = z.input<typeof decideForm>;
const FIELDS = pathMapper<Values>({ hours: 'hours', reason: 'reason' });

/** Approve (hours, default those requested) or decline, with the assessment's reason. */
export function DecideExtensionDialog({
  row,
  approve,
  onClose,
}: {
  readonly row: ExtensionRow;
  readonly approve: boolean;
  /** The translated outcome, or null when cancelled. */
  readonly onClose: (result: string | null) => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<Values, unknown, z.output<typeof decideForm>>({
    resolver: contractResolver(decideForm),
    defaultValues: { hours: formatHours(row.hours), reason: '' },
  });
  const decide = useMutation({
    mutationFn: (v: z.output<typeof decideForm>) =>
      call('quota.decideExtension', {
        id: row.id,
        approve,
        reason: v.reason,
        ...(approve ? { hours: v.hours } : {}),
      }),
  });
  const onSubmit = form.handleSubmit((v) => {
    setFailure(null);
    decide.mutate(v, {
      onSuccess: (r) =>
        onClose(
          r.status === 'approved'
            ? t('quota.decide.approved', {
                name: row.client.name,
                hours: formatHours(r.approvedHours ?? 0),
              })
            : t('quota.decide.declined', { name: row.client.name }),
        ),
      onError: (e) => {
        const left = applyFieldIssues(e, form.setError, FIELDS);
        if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
      },
    });
  });
  const title = approve ? t('quota.decide.approveTitle') : t('quota.decide.declineTitle');
  return (
    <Dialog open title={title} onClose={() => onClose(null)} size="small">
      <Form onSubmit={(e) => void onSubmit(e)} aria-label={title}>
        <p className="dialog-lead">
          {row.client.name} ·{' '}
          {t('quota.pending.hours', { hours: formatHours(row.hours), year: row.year - 1911 })}
        </p>
        {approve ? (
          <TextField
            label={t('quota.decide.hours')}
            description={t('quota.decide.hoursHelp')}
            inputMode="decimal"
            autoComplete="off"
            className="number-input"
            required
            requiredMark={t('common.requiredMark')}
            error={fieldError(form.formState.errors.hours)}
            {...form.register('hours')}
          />
        ) : null}
        <TextAreaField
          label={t('quota.decide.reason')}
          description={t('quota.decide.reasonHelp')}
          rows={3}
          autoFocus
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
          <Button onClick={() => onClose(null)}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={decide.isPending}>
            {approve ? t('quota.decide.approve') : t('quota.decide.decline')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
