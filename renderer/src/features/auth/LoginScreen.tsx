import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AuthLayout } from '../../app/AuthLayout';
import { LoginForm } from './LoginForm';

/** 登入: no names, no list of accounts; each failure says what happened in words. */
export function LoginScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <AuthLayout
      title={t('auth.login.title')}
      description={t('auth.login.description')}
      testId="login-screen"
    >
      {/* Whoever signs in starts at their own home page, not where the last person was. */}
      <LoginForm onSignedIn={() => void navigate('/', { replace: true })} />
    </AuthLayout>
  );
}
