import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { loginInput, type SessionInfo } from '../../../../shared/ipc/schemas/auth';
import { call, isApiError } from '../../lib/api';
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
import { useAuthErrorText } from './auth-errors';
import { rememberSession } from './session-cache';

type LoginValues = z.input<typeof loginInput>;

/** Username and passphrase. Used by the sign-in screen and by "sign in as someone else". */
export function LoginForm({
  onSignedIn,
  autoFocus = true,
}: {
  readonly onSignedIn: (session: SessionInfo) => void;
  readonly autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fieldError = useFieldErrorText();
  const authErrorText = useAuthErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<LoginValues, unknown, z.output<typeof loginInput>>({
    resolver: contractResolver(loginInput),
    defaultValues: { username: '', passphrase: '' },
  });
  const login = useMutation({
    mutationFn: (v: z.output<typeof loginInput>) => call('auth.login', v),
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setFailure(null);
    login.mutate(values, {
      onSuccess: (session) => {
        rememberSession(queryClient, session);
        onSignedIn(session);
      },
      onError: (e) => {
        const left = applyFieldIssues(
          e,
          form.setError,
          pathMapper<LoginValues>({ username: 'username', passphrase: 'passphrase' }),
        );
        if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
        form.setValue('passphrase', '');
        form.setFocus('passphrase');
      },
    });
  });

  return (
    <Form onSubmit={(e) => void onSubmit(e)} aria-label={t('auth.login.formLabel')}>
      <TextField
        label={t('auth.username')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        autoFocus={autoFocus}
        error={fieldError(errors.username)}
        required
        requiredMark={t('common.requiredMark')}
        {...form.register('username')}
      />
      <TextField
        label={t('auth.passphrase')}
        type="password"
        autoComplete="current-password"
        error={fieldError(errors.passphrase)}
        required
        requiredMark={t('common.requiredMark')}
        {...form.register('passphrase')}
      />
      {failure ? (
        <Notice tone="error" title={t('auth.login.failed')}>
          <p data-testid="login-error">{authErrorText(failure)}</p>
        </Notice>
      ) : null}
      <div className="form-actions">
        <Button
          type="submit"
          variant="primary"
          disabled={login.isPending}
          aria-busy={login.isPending}
        >
          {login.isPending ? t('auth.login.submitting') : t('auth.login.submit')}
        </Button>
      </div>
    </Form>
  );
}
