import type { ReactNode } from 'react';
import { createHashRouter } from 'react-router';
import { AboutPage } from '../features/app/AboutPage';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { CaseListPage } from '../features/case-list/CaseListPage';
import { CasePrintPage } from '../features/case-list/CasePrintPage';
import { PrintGate } from '../features/case-list/PrintGate';
import { ChangePassphrasePage } from '../features/auth/ChangePassphrasePage';
import { ClinicalKeyPage } from '../features/clinical/ClinicalKeyPage';
import { HomePage } from '../features/home/HomePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { AgenciesAdminPage } from '../features/agencies/AgenciesAdminPage';
import { CasePage } from '../features/cases/CasePage';
import { ClientPage } from '../features/clients/ClientPage';
import { ClientsPage } from '../features/clients/ClientsPage';
import { RegisterClientPage } from '../features/clients/RegisterClientPage';
import { QuickContactPage } from '../features/contacts/QuickContactPage';
import { IntakePage } from '../features/intake/IntakePage';
import { ProvidersAdminPage } from '../features/reference/ProvidersAdminPage';
import { ReferenceAdminPage } from '../features/reference/ReferenceAdminPage';
import { QuotaAdminPage } from '../features/quota-admin/QuotaAdminPage';
import { AttendanceNotePage } from '../features/appointments/AttendanceNotePage';
import { CalendarPage } from '../features/appointments/CalendarPage';
import { CaseServicePage } from '../features/appointments/CaseServicePage';
import { HoursReportPage } from '../features/provider-reports/HoursReportPage';
import { ProviderReportsPage } from '../features/provider-reports/ProviderReportsPage';
import { SessionFormPage } from '../features/sessions/SessionFormPage';
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
            { path: 'cases', element: only('cases', <CaseListPage />) },
            { path: 'cases/new', element: only('caseNew', <IntakePage />) },
            { path: 'cases/:id', element: only('case', <CasePage />) },
            { path: 'contacts/new', element: only('contactNew', <QuickContactPage />) },
            { path: 'clients', element: only('clients', <ClientsPage />) },
            { path: 'clients/new', element: only('clientNew', <RegisterClientPage />) },
            { path: 'clients/:id', element: only('clients', <ClientPage />) },
            { path: 'admin/reference', element: only('adminReference', <ReferenceAdminPage />) },
            { path: 'admin/agencies', element: only('adminAgencies', <AgenciesAdminPage />) },
            { path: 'admin/providers', element: only('adminProviders', <ProvidersAdminPage />) },
            { path: 'admin/quota', element: only('adminQuota', <QuotaAdminPage />) },
            { path: 'appointments', element: only('appointments', <CalendarPage />) },
            {
              path: 'appointments/case/:caseId',
              element: only('appointments', <CaseServicePage />),
            },
            {
              path: 'appointments/case/:caseId/session/:appointmentId',
              element: only('sessionRecord', <SessionFormPage />),
            },
            {
              path: 'appointments/:id/attendance-note',
              element: only('appointments', <AttendanceNotePage />),
            },
            { path: 'provider-reports', element: only('appointments', <ProviderReportsPage />) },
            { path: 'reports/hours', element: only('appointments', <HoursReportPage />) },
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
    // Printouts: outside the shell (no menu on paper), still behind the sign-in gate.
    {
      path: '/print/case/:id',
      element: (
        <PrintGate roles={ROUTE_ROLES['print'] ?? []}>
          <CasePrintPage />
        </PrintGate>
      ),
      errorElement: <RouteError />,
    },
  ]);
