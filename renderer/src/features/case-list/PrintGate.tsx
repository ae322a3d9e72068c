import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../../../../shared/domain/app-state';
import { authQueries } from '../auth/auth.queries';
import { Notice } from '../../ui/Notice';

/**
 * Print routes live outside the shell (no menu on paper) but never outside the sign-in: without
 * an unlocked session, or for a role that may not print, only a way back is shown.
 */
export function PrintGate({
  roles,
  children,
}: {
  readonly roles: readonly Role[];
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  const auth = useQuery(authQueries.session());
  if (auth.isPending) {
    return (
      <p className="gate-loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  const session = auth.data?.locked ? null : auth.data?.session;
  if (session && roles.includes(session.role) && !session.mustChangePassphrase) return children;
  return (
    <main className="print-denied">
      <Notice tone="info" title={t('print.signInFirst')}>
        <p>
          <Link to="/">{t('print.backToApp')}</Link>
        </p>
      </Notice>
    </main>
  );
}
