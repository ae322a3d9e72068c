import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { SkipLink } from '../ui/SkipLink';
import { LanguageSwitch } from './LanguageSwitch';

const MAIN_ID = 'main-content';

/**
 * The frame of every screen (UX.md): top bar with the product and the language; left menu by
 * area, listing only what exists (and, later, what the role may use); the page in <main>.
 */
export function Shell() {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <SkipLink targetId={MAIN_ID} label={t('shell.skipToContent')} />
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </div>
        <div className="topbar-end">
          <span className="local-only">{t('shell.localOnly')}</span>
          <LanguageSwitch />
        </div>
      </header>
      <div className="shell-body">
        <nav className="sidenav" aria-label={t('shell.nav.label')}>
          <p className="sidenav-group" id="nav-system">
            {t('shell.nav.system')}
          </p>
          <ul aria-labelledby="nav-system">
            <li>
              <NavLink to="/about">{t('nav.about')}</NavLink>
            </li>
          </ul>
        </nav>
        <main id={MAIN_ID} className="content" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
