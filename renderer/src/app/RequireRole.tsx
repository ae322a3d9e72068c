import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/domain/app-state';
import { useSession } from '../features/auth/auth.queries';
import { Notice } from '../ui/Notice';
import { Page } from '../ui/Page';

/** A page for some roles only: others (a typed URL, a stale link) read why, not a crash. */
export function RequireRole({
  roles,
  children,
}: {
  readonly roles: readonly Role[];
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  const session = useSession();
  if (roles.includes(session.role)) return children;
  return (
    <Page title={t('gate.forbidden.title')} description={t('gate.forbidden.description')}>
      <Notice tone="info" title={t('errors.forbidden')} />
    </Page>
  );
}
