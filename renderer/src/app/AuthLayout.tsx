import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

export interface AuthLayoutProps {
  readonly title: string;
  readonly description: string;
  readonly children: ReactNode;
  /** The setup wizard needs room for its steps; sign-in screens stay narrow. */
  readonly width?: 'narrow' | 'wide';
  readonly testId?: string;
}

/**
 * The frame of the screens before the shell (setup, sign-in, lock, first passphrase): product
 * name and language only. No menu, no names, nothing that says who uses this computer.
 */
export function AuthLayout({
  title,
  description,
  children,
  width = 'narrow',
  testId,
}: AuthLayoutProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title, t]);
  return (
    <div className="auth-screen">
      <header className="auth-topbar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </div>
        <LanguageSwitch />
      </header>
      <main className="auth-main" data-width={width} data-testid={testId}>
        <div className="auth-card">
          <h1 className="page-title">{title}</h1>
          <p className="page-description">{description}</p>
          {children}
        </div>
        <p className="auth-footnote">{t('shell.localOnly')}</p>
      </main>
    </div>
  );
}
