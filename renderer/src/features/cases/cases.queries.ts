import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { call } from '../../lib/api';

/**
 * The case page. Every cases.get is audited as a case-page open unless core agrees it is a
 * refresh of the page on screen, so the page does not refetch on its own: only a change
 * (db.changed 'cases') or the person's own action asks again — and those ask as a refresh.
 */
export const caseQueries = {
  detail: (id: string) =>
    queryOptions({
      queryKey: ['cases', 'detail', id] as const,
      // Data already held for this page means it is on screen and fetching again.
      queryFn: ({ client, queryKey }) =>
        call('cases.get', { id, refresh: client.getQueryData(queryKey) !== undefined }),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};

/**
 * The case for a page that shows it. Leaving the page drops the copy, so coming back (from the
 * list, the home page, another screen of the same case) is a new open that core audits, never a
 * silent read from the cache.
 */
export function useCaseDetail(id: string) {
  const client = useQueryClient();
  useEffect(
    () => () => client.removeQueries({ queryKey: caseQueries.detail(id).queryKey, exact: true }),
    [client, id],
  );
  return useQuery(caseQueries.detail(id));
}
