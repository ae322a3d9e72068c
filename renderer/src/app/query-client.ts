import { QueryClient } from '@tanstack/react-query';

/**
 * Server state from core. `networkMode: 'always'`: the app is offline by design, and the default
 * mode would pause every query while the computer has no network. Core answers deterministically,
 * so failed calls are not retried; freshness comes from `db.changed`, not from window focus.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        networkMode: 'always',
        retry: false,
        refetchOnWindowFocus: false,
        staleTime: 60_000,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
