import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ROLES } from '../../../../shared/domain/app-state';
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
import { Field } from '../../ui/Field';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';
import { ROLE_KEYS } from '../auth/roles';
import { createAccountForm, type CreateAccountValues } from './account-schemas';
import { refreshAccounts } from './accounts.queries';
import { FirstPassphraseField } from './PassphraseInput';

const EMPTY: CreateAccountValues = {
  username: '',
  displayName: '',
  role: '' as CreateAccountValues['role'],
  clinicalSupervisor: false,
  passphrase: '',
};
const FIELDS = pathMapper<CreateAccountValues>({
  username: 'username',
  displayName: 'displayName',
  role: 'role',
  clinicalSupervisor: 'clinicalSupervisor',
  passphrase: 'passphrase',
});

/** 新增帳號: who, which role (supervision only for a counsellor), and a first passphrase. */
export function CreateAccountDialog({
  open,
  onClose,
  onCreated,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onCreated: (displayName: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fieldError = useFieldErrorText();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<CreateAccountValues, unknown, z.output<typeof createAccountForm>>({
    resolver: contractResolver(createAccountForm),
    defaultValues: EMPTY,
  });
  const { errors, isDirty } = form.formState;
  const role = useWatch({ control: form.control, name: 'role' });
  const create = useMutation({
    mutationFn: (v: z.output<typeof createAccountForm>) => call('accounts.create', v),
  });
  const close = () => {
    form.reset(EMPTY);
    setFailure(null);
    onClose();
  };
  const { requestClose, guard } = useDiscardGuard(isDirty, close);

  const onSubmit = form.handleSubmit((values) => {
    setFailure(null);
    const input = {
      ...values,
      clinicalSupervisor: values.role === 'counsellor' && values.clinicalSupervisor,
    };
    create.mutate(input, {
      onSuccess: () => {
        void refreshAccounts(queryClient);
        onCreated(values.displayName);
        close();
      },
      onError: (e) => {
        const left = applyFieldIssues(e, form.setError, FIELDS);
        if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
      },
    });
  });

  return (
    <>
      <Dialog open={open} title={t('accounts.create.title')} onClose={requestClose}>
        <Form onSubmit={(e) => void onSubmit(e)} aria-label={t('accounts.create.title')}>
          <p className="dialog-lead">{t('accounts.create.lead')}</p>
          <div className="form-grid" data-columns="2">
            <TextField
              label={t('accounts.field.displayName')}
              description={t('accounts.field.displayNameHelp')}
              autoComplete="off"
              autoFocus
              error={fieldError(errors.displayName)}
              required
              requiredMark={t('common.requiredMark')}
              {...form.register('displayName')}
            />
            <TextField
              label={t('accounts.field.username')}
              description={t('accounts.field.usernameHelp')}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              error={fieldError(errors.username)}
              required
              requiredMark={t('common.requiredMark')}
              {...form.register('username')}
            />
            <Field
              label={t('accounts.field.role')}
              description={t('accounts.field.roleHelp')}
              error={fieldError(errors.role)}
              required
              requiredMark={t('common.requiredMark')}
            >
              {(control) => (
                <select {...control} {...form.register('role')}>
                  <option value="">{t('common.choose')}</option>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(ROLE_KEYS[r])}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {role === 'counsellor' ? (
              <div className="field">
                <label className="checkbox">
                  <input type="checkbox" {...form.register('clinicalSupervisor')} />
                  {t('accounts.field.clinicalSupervisor')}
                </label>
                <p className="field-description">{t('accounts.field.clinicalSupervisorHelp')}</p>
              </div>
            ) : null}
          </div>
          <FirstPassphraseField
            registration={form.register('passphrase')}
            error={fieldError(errors.passphrase)}
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
              disabled={create.isPending}
              aria-busy={create.isPending}
            >
              {t('accounts.create.submit')}
            </Button>
          </div>
        </Form>
      </Dialog>
      {guard}
    </>
  );
}
