import type { ReactNode } from 'react';
import { createHashRouter } from 'react-router';
import { AboutPage } from '../features/app/AboutPage';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { ChangePassphrasePage } from '../features/auth/ChangePassphrasePage';
import { ClinicalKeyPage } from '../features/clinical/ClinicalKeyPage';
import { HomePage } from '../features/home/HomePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { AppGate } from './AppGate';
import { RouteError } from './ErrorBoundary';
import { ROUTE_ROLES } from './nav';
import { NotFoundPage } from './NotFoundPage';
import { RequireRole } from './RequireRole';

const only = (route: string, page: ReactNode) => (
  <RequireRole roles={ROUTE_ROLES[route] ?? []}>{page}</RequireRole>
);

/**
 * Hash routes: the same build is loaded from app://eap/index.html in Electron and from
 * 127.0.0.1 in tests, and a hash never asks the server (or the protocol handler) for a path.
 * The gate at the root shows setup, sign-in or the lock screen in place of the shell without
 * touching the URL, so unlocking restores the page. The pathless route between the shell and
 * the pages keeps the shell up when a page fails.
 */
export const createRouter = () =>
  createHashRouter([
    {
      path: '/',
      element: <AppGate />,
      errorElement: <RouteError />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, element: <HomePage /> },
            { path: 'passphrase', element: <ChangePassphrasePage /> },
            { path: 'clinical', element: only('clinical', <ClinicalKeyPage />) },
            { path: 'accounts', element: only('accounts', <AccountsPage />) },
            { path: 'audit', element: only('audit', <AuditPage />) },
            { path: 'settings', element: only('settings', <SettingsPage />) },
            { path: 'about', element: only('about', <AboutPage />) },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
