import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AuthLayout } from '../../app/AuthLayout';
import { Button } from '../../ui/Button';
import { PassphraseChangeForm } from './PassphraseChangeForm';
import { useSignOut } from './useSessionActions';

/**
 * First sign-in (or after a reset): until the person replaces the passphrase the administrator
 * typed, core answers every other channel with PASSPHRASE_CHANGE_REQUIRED, so this is all there
 * is to see.
 */
export function ForcedChangeScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <AuthLayout
      title={t('auth.forced.title')}
      description={t('auth.forced.description')}
      testId="forced-change-screen"
    >
      <PassphraseChangeForm
        submitLabel={t('auth.forced.submit')}
        onChanged={() => void navigate('/', { replace: true })}
      />
      <div className="auth-secondary">
        <Button onClick={signOut}>{t('shell.signOut')}</Button>
      </div>
    </AuthLayout>
  );
}
