import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contractResolver, useFieldErrorText } from '../../lib/form-errors';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';
import { adminStep, type AdminValues } from './setup-schemas';
import type { StepErrors } from './step-errors';

/** The first administrator: who they are and their passphrase, with the policy said up front. */
export function AdminStep({
  values,
  serverErrors,
  onNext,
  onBack,
  onChange,
}: {
  readonly values: AdminValues;
  readonly serverErrors: StepErrors;
  readonly onNext: (values: AdminValues) => void;
  readonly onBack: (values: AdminValues) => void;
  readonly onChange: () => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const form = useForm<AdminValues>({
    resolver: contractResolver(adminStep),
    defaultValues: values,
  });
  const { errors } = form.formState;
  const error = (name: keyof AdminValues) =>
    fieldError(errors[name]) ?? fieldError(serverErrors[name]);

  return (
    <Form
      onSubmit={(e) => void form.handleSubmit(onNext)(e)}
      onChange={onChange}
      aria-labelledby="setup-step-title"
    >
      <h2 id="setup-step-title" className="wizard-step-title">
        {t('setup.admin.title')}
      </h2>
      <p className="wizard-step-lead">{t('setup.admin.lead')}</p>
      <div className="form-grid" data-columns="2">
        <TextField
          label={t('accounts.field.username')}
          description={t('accounts.field.usernameHelp')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          error={error('username')}
          required
          requiredMark={t('common.requiredMark')}
          {...form.register('username')}
        />
        <TextField
          label={t('accounts.field.displayName')}
          description={t('accounts.field.displayNameHelp')}
          autoComplete="off"
          error={error('displayName')}
          required
          requiredMark={t('common.requiredMark')}
          {...form.register('displayName')}
        />
        <TextField
          label={t('setup.admin.passphrase')}
          description={t('auth.passphrase.policy')}
          type="password"
          autoComplete="new-password"
          error={error('passphrase')}
          required
          requiredMark={t('common.requiredMark')}
          {...form.register('passphrase')}
        />
        <TextField
          label={t('auth.change.confirm')}
          type="password"
          autoComplete="new-password"
          error={error('confirm')}
          required
          requiredMark={t('common.requiredMark')}
          {...form.register('confirm')}
        />
      </div>
      <div className="form-actions">
        <Button onClick={() => onBack(form.getValues())}>{t('setup.back')}</Button>
        <Button type="submit" variant="primary">
          {t('setup.next')}
        </Button>
      </div>
    </Form>
  );
}
