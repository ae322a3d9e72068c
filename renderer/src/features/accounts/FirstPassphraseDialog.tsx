import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AccountRow } from '../../../../shared/ipc/schemas/accounts';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import {
  applyFieldIssues,
  contractResolver,
  pathMapper,
  useFieldErrorText,
} from '../../lib/form-errors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useDiscardGuard } from '../../ui/DiscardGuard';
import { Form } from '../../ui/Form';
import { firstPassphraseForm, type FirstPassphraseValues } from './account-schemas';
import { refreshAccounts } from './accounts.queries';
import { FirstPassphraseField } from './PassphraseInput';

const EMPTY: FirstPassphraseValues = { passphrase: '' };

/** Re-enable an account or reset its passphrase: both hand the person a new first passphrase. */
export function FirstPassphraseDialog({
  account,
  channel,
  title,
  children,
  submitLabel,
  onClose,
  onDone,
}: {
  readonly account: AccountRow;
  readonly channel: 'accounts.enable' | 'accounts.resetPassphrase';
  readonly title: string;
  readonly children: ReactNode;
  readonly submitLabel: string;
  readonly onClose: () => void;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fieldError = useFieldErrorText();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<FirstPassphraseValues, unknown, z.output<typeof firstPassphraseForm>>({
    resolver: contractResolver(firstPassphraseForm),
    defaultValues: EMPTY,
  });
  const mutation = useMutation({
    mutationFn: (passphrase: string) => call(channel, { id: account.id, passphrase }),
  });
  const { requestClose, guard } = useDiscardGuard(form.formState.isDirty, onClose);

  const onSubmit = form.handleSubmit(({ passphrase }) => {
    setFailure(null);
    mutation.mutate(passphrase, {
      onSuccess: () => {
        void refreshAccounts(queryClient);
        onDone();
      },
      onError: (e) => {
        const left = applyFieldIssues(
          e,
          form.setError,
          pathMapper<FirstPassphraseValues>({ passphrase: 'passphrase' }),
        );
        if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
      },
    });
  });

  return (
    <>
      <Dialog open title={title} onClose={requestClose} size="small">
        <Form onSubmit={(e) => void onSubmit(e)} aria-label={title}>
          <div className="dialog-body">{children}</div>
          <FirstPassphraseField
            registration={form.register('passphrase')}
            error={fieldError(form.formState.errors.passphrase)}
            autoFocus
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
              disabled={mutation.isPending}
              aria-busy={mutation.isPending}
            >
              {submitLabel}
            </Button>
          </div>
        </Form>
      </Dialog>
      {guard}
    </>
  );
}
