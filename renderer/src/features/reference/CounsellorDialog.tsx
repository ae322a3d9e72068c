import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { OutputOf } from '../../../../shared/ipc/types';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import {
  applyFieldIssues,
  contractResolver,
  pathMapper,
  useFieldErrorText,
} from '../../lib/form-errors';
import { formText, pickedOptional } from '../../lib/form-values';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useDiscardGuard } from '../../ui/DiscardGuard';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';
import { BoundCombobox } from '../intake/BoundCombobox';
import { staffQueries } from './reference.queries';

type Provider = OutputOf<'providers.list'>['providers'][number];
type Counsellor = Provider['counsellors'][number];

const counsellorForm = z.object({ name: formText(60, true), accountId: pickedOptional });
type Values = z.input<typeof counsellorForm>;
type Output = z.output<typeof counsellorForm>;
const FIELDS = pathMapper<Values>({ name: 'name', accountId: 'accountId' });

/**
 * A provider's counsellor: a name, and their own account when they use this app (in-house);
 * contracted counsellors usually have none.
 */
export function CounsellorDialog({
  provider,
  counsellor,
  onClose,
  onDone,
}: {
  readonly provider: Provider;
  readonly counsellor?: Counsellor;
  readonly onClose: () => void;
  readonly onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const errorText = useErrorText();
  const staff = useQuery(staffQueries.directory());
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<Values, unknown, Output>({
    resolver: contractResolver(counsellorForm),
    defaultValues: { name: counsellor?.name ?? '', accountId: counsellor?.accountId ?? null },
  });
  const save = useMutation({
    mutationFn: async (v: Output) => {
      if (counsellor) await call('providers.updateCounsellor', { id: counsellor.id, ...v });
      else await call('providers.addCounsellor', { providerId: provider.id, ...v });
    },
  });
  const { requestClose, guard } = useDiscardGuard(form.formState.isDirty, onClose);
  const title = counsellor
    ? t('providers.counsellor.editTitle', { name: counsellor.name })
    : t('providers.counsellor.addTitle', { provider: provider.name });
  const onSubmit = form.handleSubmit((v) => {
    setFailure(null);
    save.mutate(v, {
      onSuccess: () => onDone(v.name),
      onError: (e) => {
        const left = applyFieldIssues(e, form.setError, FIELDS);
        if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
      },
    });
  });
  const accounts = (staff.data?.staff ?? [])
    .filter((s) => s.role === 'counsellor')
    .map((s) => ({ value: s.id, label: s.displayName }));
  return (
    <>
      <Dialog open title={title} onClose={requestClose} size="small">
        <Form onSubmit={(e) => void onSubmit(e)} aria-label={title}>
          <TextField
            label={t('providers.counsellor.name')}
            autoComplete="off"
            autoFocus
            required
            requiredMark={t('common.requiredMark')}
            error={fieldError(form.formState.errors.name)}
            {...form.register('name')}
          />
          <BoundCombobox
            control={form.control}
            name="accountId"
            label={t('providers.counsellor.account')}
            description={t('providers.counsellor.accountHelp')}
            options={accounts}
          />
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
              disabled={save.isPending}
              aria-busy={save.isPending}
            >
              {t('providers.save')}
            </Button>
          </div>
        </Form>
      </Dialog>
      {guard}
    </>
  );
}
