import { queryOptions } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const CLIENT_SEARCH_LIMIT = 20;

export const clientQueries = {
  search: (q: string) =>
    queryOptions({
      queryKey: ['clients', 'search', q] as const,
      queryFn: () => call('clients.search', { q, limit: CLIENT_SEARCH_LIMIT }),
      staleTime: 10_000,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: ['clients', 'detail', id] as const,
      queryFn: () => call('clients.get', { id }),
    }),
};
