import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const accountsQueries = {
  list: () =>
    queryOptions({
      queryKey: ['accounts', 'list'] as const,
      queryFn: () => call('accounts.list', {}),
    }),
};

/** After any account change: the list, and clinical access (a reset or a disable changes it). */
export function refreshAccounts(queryClient: QueryClient): Promise<void> {
  return queryClient
    .invalidateQueries({ queryKey: ['accounts'] })
    .then(() => queryClient.invalidateQueries({ queryKey: ['clinical'] }));
}
