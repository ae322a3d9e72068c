import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';

/** What a person sees when a screen fails: what happened and what to do. No stack, no data. */
export function CrashNotice() {
  const { t } = useTranslation();
  return (
    <Notice tone="error" title={t('crash.title')}>
      <p>{t('crash.description')}</p>
      <div>
        <Button variant="primary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      </div>
    </Notice>
  );
}

/** The router's errorElement: a page that throws is replaced by the notice, the shell stays. */
export function RouteError() {
  const error = useRouteError();
  // Logged for developers (the console is not persisted); the screen shows only the notice.
  console.error('route error', error);
  return <CrashNotice />;
}

/** Last line of defence around the whole app, for errors outside the router. */
export class AppErrorBoundary extends Component<
  { readonly children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('app error', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? (
      <main className="crash-page">
        <CrashNotice />
      </main>
    ) : (
      this.props.children
    );
  }
}
