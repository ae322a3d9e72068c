import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { SessionInfo } from '../../../../shared/ipc/schemas/auth';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import {
  applyFieldIssues,
  contractResolver,
  pathMapper,
  useFieldErrorText,
} from '../../lib/form-errors';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { changePassphraseForm, type ChangePassphraseValues } from './passphrase-schemas';
import { rememberSession } from './session-cache';

const EMPTY: ChangePassphraseValues = { current: '', next: '', confirm: '' };

/**
 * Current passphrase, new one twice. Core checks the policy (length, blocklist) and answers
 * beside the field; a wrong current passphrase is said beside that field.
 */
export function PassphraseChangeForm({
  onChanged,
  submitLabel,
}: {
  readonly onChanged: (session: SessionInfo) => void;
  readonly submitLabel: string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fieldError = useFieldErrorText();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<ChangePassphraseValues, unknown, z.output<typeof changePassphraseForm>>({
    resolver: contractResolver(changePassphraseForm),
    defaultValues: EMPTY,
  });
  const change = useMutation({
    mutationFn: (v: { current: string; next: string }) => call('auth.changePassphrase', v),
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(({ current, next }) => {
    setFailure(null);
    change.mutate(
      { current, next },
      {
        onSuccess: (session) => {
          form.reset(EMPTY);
          rememberSession(queryClient, session);
          onChanged(session);
        },
        onError: (e) => {
          const left = applyFieldIssues(
            e,
            form.setError,
            pathMapper<ChangePassphraseValues>({ current: 'current', next: 'next' }),
          );
          if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
        },
      },
    );
  });

  return (
    <Form
      onSubmit={(e) => void onSubmit(e)}
      aria-label={t('auth.change.formLabel')}
      className="narrow-form"
    >
      <TextField
        label={t('auth.change.current')}
        type="password"
        autoComplete="current-password"
        autoFocus
        error={fieldError(errors.current)}
        required
        requiredMark={t('common.requiredMark')}
        {...form.register('current')}
      />
      <TextField
        label={t('auth.change.next')}
        description={t('auth.passphrase.policy')}
        type="password"
        autoComplete="new-password"
        error={fieldError(errors.next)}
        required
        requiredMark={t('common.requiredMark')}
        {...form.register('next')}
      />
      <TextField
        label={t('auth.change.confirm')}
        type="password"
        autoComplete="new-password"
        error={fieldError(errors.confirm)}
        required
        requiredMark={t('common.requiredMark')}
        {...form.register('confirm')}
      />
      {failure ? (
        <Notice tone="error" title={t('auth.change.failed')}>
          <p>{errorText(failure)}</p>
        </Notice>
      ) : null}
      <div className="form-actions">
        <Button
          type="submit"
          variant="primary"
          disabled={change.isPending}
          aria-busy={change.isPending}
        >
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
}
