import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import type { SessionInfo } from '../../../shared/ipc/schemas/auth';
import { roleKey } from '../features/auth/roles';
import { useActivityReporter, useLockShortcut } from '../features/auth/useActivityReporter';
import { unlockMemory } from '../features/auth/unlock-memory';
import { useOfficeTodayLoader } from '../features/app/useOfficeToday';
import { useLockNow, useSignOut } from '../features/auth/useSessionActions';
import { QuickActions } from '../features/intake/QuickActions';
import { Button } from '../ui/Button';
import { SkipLink } from '../ui/SkipLink';
import { LanguageSwitch } from './LanguageSwitch';
import { navFor, type NavItem } from './nav';

const MAIN_ID = 'main-content';

/**
 * The frame of every screen (UX.md): top bar with the product, the signed-in person and role,
 * lock (Ctrl+L), sign-out and language; left menu by area, listing only what exists and what the
 * role may use; the page in <main>. Rendered by the gate only while someone is signed in.
 */
export function Shell({
  session,
  readOnly,
}: {
  readonly session: SessionInfo;
  readonly readOnly: boolean;
}) {
  const { t } = useTranslation();
  const lock = useLockNow();
  const signOut = useSignOut();
  useActivityReporter();
  // Pages wait for the office's day (a local call of a few ms): forms take it as their default.
  const dayReady = useOfficeTodayLoader(session.role);
  useLockShortcut(lock);
  // Also after a reload of the window while core kept the session: the lock screen needs it.
  useEffect(() => unlockMemory.signedIn(), [session.accountId]);
  const items = navFor(session);
  const groups = [
    { id: 'work', label: t('shell.nav.work'), items: items.filter((i) => i.group === 'work') },
    {
      id: 'system',
      label: t('shell.nav.system'),
      items: items.filter((i) => i.group === 'system'),
    },
  ].filter((g) => g.items.length > 0);

  return (
    <div className="shell">
      <SkipLink targetId={MAIN_ID} label={t('shell.skipToContent')} />
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </div>
        <div className="topbar-end">
          <QuickActions role={session.role} />
          <p className="person" data-testid="signed-in-person">
            <span className="visually-hidden">{t('shell.signedInAs')}</span>
            <span className="person-name">{session.displayName}</span>
            <span className="person-role">
              {t(roleKey(session.role, session.clinicalSupervisor))}
            </span>
          </p>
          <Link className="topbar-link" to="/passphrase">
            {t('shell.changePassphrase')}
          </Link>
          <div className="topbar-actions">
            <Button onClick={lock} aria-keyshortcuts="Control+L" title={t('shell.lockHint')}>
              {t('shell.lock')}
            </Button>
            <Button onClick={signOut}>{t('shell.signOut')}</Button>
          </div>
          <LanguageSwitch />
        </div>
      </header>
      <div className="shell-body">
        <nav className="sidenav" aria-label={t('shell.nav.label')}>
          {groups.map((g) => (
            <NavGroup key={g.id} id={`nav-${g.id}`} label={g.label} items={g.items} />
          ))}
        </nav>
        <main id={MAIN_ID} className="content" tabIndex={-1}>
          {readOnly ? (
            <p className="readonly-banner" role="status">
              {t('shell.readOnly')}
            </p>
          ) : null}
          {dayReady ? (
            <Outlet />
          ) : (
            <p role="status" className="status-text">
              {t('common.loading')}
            </p>
          )}
        </main>
      </div>
    </div>
  );
}

function NavGroup({
  id,
  label,
  items,
}: {
  readonly id: string;
  readonly label: string;
  readonly items: readonly NavItem[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="sidenav-group" id={id}>
        {label}
      </p>
      <ul aria-labelledby={id}>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end ?? false}>
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </>
  );
}
