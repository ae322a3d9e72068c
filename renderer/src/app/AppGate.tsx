import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appQueries } from '../features/app/app.queries';
import { authQueries } from '../features/auth/auth.queries';
import { ForcedChangeScreen } from '../features/auth/ForcedChangeScreen';
import { LockScreen } from '../features/auth/LockScreen';
import { LoginScreen } from '../features/auth/LoginScreen';
import { useGateErrors } from '../features/auth/useGateErrors';
import { useLockEvents } from '../features/auth/useLockEvents';
import { SetupWizard } from '../features/setup/SetupWizard';
import { useErrorText } from '../lib/errors';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import { AuthLayout } from './AuthLayout';
import { Shell } from './Shell';

/**
 * Which screen: core's state (app.info) and session (auth.session) decide, nothing else. The
 * gate sits above the routes without changing the URL, so a lock and an unlock return the same
 * person to the same page.
 */
export function AppGate() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const info = useQuery(appQueries.info());
  const auth = useQuery(authQueries.session());
  useLockEvents();
  useGateErrors();
  // The wizard stays up after setup has written the database, until its "done" step is left.
  const [inSetup, setInSetup] = useState(false);
  if (info.data?.state === 'uninitialised' && !inSetup) setInSetup(true);

  if (inSetup) return <SetupWizard onFinished={() => setInSetup(false)} />;

  if (info.isError || auth.isError) {
    return (
      <AuthLayout title={t('gate.failed.title')} description={t('gate.failed.description')}>
        <Notice tone="error" title={t('gate.failed.title')}>
          <p>{errorText(info.error ?? auth.error)}</p>
          <div>
            <Button
              onClick={() => {
                void info.refetch();
                void auth.refetch();
              }}
            >
              {t('common.retry')}
            </Button>
          </div>
        </Notice>
      </AuthLayout>
    );
  }
  if (!info.data || !auth.data) {
    return (
      <p className="gate-loading" role="status">
        {t('common.loading')}
      </p>
    );
  }

  const { session, locked } = auth.data;
  if (locked || !session) return locked ? <LockScreen /> : <LoginScreen />;
  if (session.mustChangePassphrase) return <ForcedChangeScreen />;
  return <Shell session={session} readOnly={info.data.state === 'readOnly'} />;
}
