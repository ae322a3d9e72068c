import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from '../../ui/TextField';

/**
 * A first passphrase the administrator types and hands over in person: the policy is said up
 * front, and it can be shown to check it before it is given.
 */
export function FirstPassphraseField({
  registration,
  error,
  autoFocus = false,
}: {
  readonly registration: UseFormRegisterReturn & { ref: Ref<HTMLInputElement> };
  readonly error: string | undefined;
  readonly autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <div className="passphrase-field">
      <TextField
        label={t('accounts.field.firstPassphrase')}
        description={t('auth.passphrase.policy')}
        type={shown ? 'text' : 'password'}
        autoComplete="new-password"
        spellCheck={false}
        autoFocus={autoFocus}
        error={error}
        required
        requiredMark={t('common.requiredMark')}
        {...registration}
      />
      <label className="checkbox">
        <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} />
        {t('accounts.field.showPassphrase')}
      </label>
    </div>
  );
}
