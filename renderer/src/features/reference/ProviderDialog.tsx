import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PROVIDER_KINDS } from '../../../../shared/domain/reference-lists';
import type { OutputOf } from '../../../../shared/ipc/types';
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
import { Field } from '../../ui/Field';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';
import { PROVIDER_KIND_KEYS } from './ref-words';

type Provider = OutputOf<'providers.list'>['providers'][number];

const providerForm = z.object({
  name: formText(80, true),
  kind: z.enum(PROVIDER_KINDS, { error: 'validation.invalidValue' }),
  phone: formText(30).transform((v) => (v === '' ? null : v)),
  hourlyRate: z
    .string()
    .trim()
    .transform((text, ctx) => {
      if (text === '') return null;
      const n = Number(text.normalize('NFKC').replace(/,/g, ''));
      if (!Number.isInteger(n) || n < 0 || n > 100_000) {
        ctx.addIssue({ code: 'custom', message: 'validation.hourlyRate' });
        return z.NEVER;
      }
      return n;
    }),
});
type Values = z.input<typeof providerForm>;
type Output = z.output<typeof providerForm>;
const FIELDS = pathMapper<Values>({
  name: 'name',
  kind: 'kind',
  phone: 'phone',
  hourlyRate: 'hourlyRate',
});

/** 新增 / 編輯服務提供單位: the contracted organisation or the internal counselling room. */
export function ProviderDialog({
  provider,
  onClose,
  onDone,
}: {
  readonly provider?: Provider;
  readonly onClose: () => void;
  readonly onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<Values, unknown, Output>({
    resolver: contractResolver(providerForm),
    defaultValues: {
      name: provider?.name ?? '',
      kind: provider?.kind ?? 'contracted',
      phone: provider?.phone ?? '',
      hourlyRate: provider?.hourlyRate === null || !provider ? '' : String(provider.hourlyRate),
    },
  });
  const { errors, isDirty } = form.formState;
  const save = useMutation({
    mutationFn: async (v: Output) => {
      if (provider) await call('providers.update', { id: provider.id, ...v });
      else await call('providers.create', v);
    },
  });
  const { requestClose, guard } = useDiscardGuard(isDirty, onClose);
  const title = provider
    ? t('providers.edit.title', { name: provider.name })
    : t('providers.add.title');
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
  return (
    <>
      <Dialog open title={title} onClose={requestClose}>
        <Form onSubmit={(e) => void onSubmit(e)} aria-label={title}>
          <div className="form-grid" data-columns="2">
            <TextField
              label={t('providers.field.name')}
              autoComplete="off"
              autoFocus
              required
              requiredMark={t('common.requiredMark')}
              error={fieldError(errors.name)}
              {...form.register('name')}
            />
            <Field label={t('providers.field.kind')} error={fieldError(errors.kind)}>
              {(control) => (
                <select {...control} {...form.register('kind')}>
                  {PROVIDER_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(PROVIDER_KIND_KEYS[k])}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextField
              label={t('providers.field.phone')}
              type="tel"
              autoComplete="off"
              error={fieldError(errors.phone)}
              {...form.register('phone')}
            />
            <TextField
              label={t('providers.field.hourlyRate')}
              description={t('providers.field.hourlyRateHelp')}
              inputMode="numeric"
              autoComplete="off"
              className="number-input"
              error={fieldError(errors.hourlyRate)}
              {...form.register('hourlyRate')}
            />
          </div>
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
