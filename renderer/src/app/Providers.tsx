import { QueryClientProvider, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useCoreEventInvalidation } from '../lib/api';

function CoreEventSubscriptions() {
  useCoreEventInvalidation(useQueryClient());
  return null;
}

export function Providers({
  i18n,
  queryClient,
  children,
}: {
  readonly i18n: I18n;
  readonly queryClient: QueryClient;
  readonly children: ReactNode;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <CoreEventSubscriptions />
        {children}
      </QueryClientProvider>
    </I18nextProvider>
  );
}
