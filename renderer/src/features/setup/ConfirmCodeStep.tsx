import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { setupInput } from '../../../../shared/ipc/schemas/auth';
import { contractResolver, useFieldErrorText } from '../../lib/form-errors';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import type { StepErrors } from './step-errors';

const confirmStep = z.object({ code: setupInput.shape.recoveryCodeConfirmation });
type ConfirmValues = z.input<typeof confirmStep>;

/** Typing the code back is the only way to finish: proof it was copied, not just seen. */
export function ConfirmCodeStep({
  serverErrors,
  failure,
  busy,
  onSubmit,
  onBack,
  onChange,
}: {
  readonly serverErrors: StepErrors;
  readonly failure: string | null;
  readonly busy: boolean;
  readonly onSubmit: (typed: string) => void;
  readonly onBack: () => void;
  readonly onChange: () => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const form = useForm<ConfirmValues, unknown, z.output<typeof confirmStep>>({
    resolver: contractResolver(confirmStep),
    defaultValues: { code: '' },
  });
  const error =
    fieldError(form.formState.errors.code) ??
    fieldError(serverErrors['code'] ?? serverErrors['recoveryCodeConfirmation']);
  return (
    <Form
      onSubmit={(e) => void form.handleSubmit((v) => onSubmit(v.code))(e)}
      onChange={onChange}
      aria-labelledby="setup-step-title"
    >
      <h2 id="setup-step-title" className="wizard-step-title">
        {t('setup.confirm.title')}
      </h2>
      <p className="wizard-step-lead">{t('setup.confirm.lead')}</p>
      <TextField
        label={t('setup.confirm.code')}
        description={t('setup.confirm.codeHelp')}
        className="code-input"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        autoFocus
        error={error}
        required
        requiredMark={t('common.requiredMark')}
        {...form.register('code')}
      />
      {failure ? (
        <Notice tone="error" title={t('setup.confirm.failed')}>
          <p>{failure}</p>
        </Notice>
      ) : null}
      <div className="form-actions">
        <Button onClick={onBack}>{t('setup.confirm.showAgain')}</Button>
        <Button type="submit" variant="primary" disabled={busy} aria-busy={busy}>
          {busy ? t('setup.confirm.submitting') : t('setup.confirm.submit')}
        </Button>
      </div>
    </Form>
  );
}
