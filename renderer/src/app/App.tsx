import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { AppErrorBoundary } from './ErrorBoundary';
import { Providers } from './Providers';
import { createRouter } from './router';

export function App({
  i18n,
  queryClient,
}: {
  readonly i18n: I18n;
  readonly queryClient: QueryClient;
}) {
  const [router] = useState(createRouter);
  return (
    <Providers i18n={i18n} queryClient={queryClient}>
      <AppErrorBoundary>
        <RouterProvider router={router} />
      </AppErrorBoundary>
    </Providers>
  );
}
