import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { passphrase } from '../../../../shared/ipc/schemas/common';
import { AuthLayout } from '../../app/AuthLayout';
import { call } from '../../lib/api';
import { contractResolver, useFieldErrorText } from '../../lib/form-errors';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { useAuthErrorText } from './auth-errors';
import { LoginForm } from './LoginForm';
import { rememberSession } from './session-cache';
import { unlockMemory } from './unlock-memory';

const unlockForm = z.object({ passphrase });
type UnlockValues = z.input<typeof unlockForm>;

/**
 * 畫面已鎖定: a passphrase field and nothing that names anyone (SECURITY.md §3). The same person
 * unlocks and finds the same screen (the route never changed); someone else signs in fully and
 * starts at their home page.
 */
export function LockScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canUnlock = unlockMemory.hasLockedSession();
  const [someoneElse, setSomeoneElse] = useState(!canUnlock);
  const reason = unlockMemory.reason();

  return (
    <AuthLayout
      title={t('auth.lock.title')}
      description={t('auth.lock.description')}
      testId="lock-screen"
    >
      {reason === 'idle' ? (
        <p className="auth-reason" role="status">
          {t('auth.lock.reasonIdle')}
        </p>
      ) : null}
      {someoneElse || !canUnlock ? (
        <>
          <h2 className="auth-subtitle">{t('auth.lock.someoneElseTitle')}</h2>
          <LoginForm onSignedIn={() => void navigate('/', { replace: true })} />
          {canUnlock ? (
            <button type="button" className="link-button" onClick={() => setSomeoneElse(false)}>
              {t('auth.lock.backToUnlock')}
            </button>
          ) : null}
        </>
      ) : (
        <>
          <UnlockForm />
          <button type="button" className="link-button" onClick={() => setSomeoneElse(true)}>
            {t('auth.lock.someoneElse')}
          </button>
        </>
      )}
    </AuthLayout>
  );
}

function UnlockForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fieldError = useFieldErrorText();
  const authErrorText = useAuthErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<UnlockValues, unknown, z.output<typeof unlockForm>>({
    resolver: contractResolver(unlockForm),
    defaultValues: { passphrase: '' },
  });
  const unlock = useMutation({
    mutationFn: (v: z.output<typeof unlockForm>) =>
      call('auth.unlock', { passphrase: v.passphrase }),
  });
  const onSubmit = form.handleSubmit((values) => {
    setFailure(null);
    unlock.mutate(values, {
      onSuccess: (session) => rememberSession(queryClient, session),
      onError: (e) => {
        setFailure(e);
        form.setValue('passphrase', '');
        form.setFocus('passphrase');
      },
    });
  });
  return (
    <Form onSubmit={(e) => void onSubmit(e)} aria-label={t('auth.lock.formLabel')}>
      <TextField
        label={t('auth.passphrase')}
        type="password"
        autoComplete="current-password"
        autoFocus
        error={fieldError(form.formState.errors.passphrase)}
        required
        requiredMark={t('common.requiredMark')}
        {...form.register('passphrase')}
      />
      {failure ? (
        <Notice tone="error" title={t('auth.lock.failed')}>
          <p data-testid="login-error">{authErrorText(failure)}</p>
        </Notice>
      ) : null}
      <div className="form-actions">
        <Button
          type="submit"
          variant="primary"
          disabled={unlock.isPending}
          aria-busy={unlock.isPending}
        >
          {t('auth.lock.submit')}
        </Button>
      </div>
    </Form>
  );
}
