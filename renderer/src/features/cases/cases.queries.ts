import { queryOptions } from '@tanstack/react-query';
import { call } from '../../lib/api';

/**
 * The case page. Every cases.get is audited as a case-page open, so the page does not refetch
 * on its own: only a change (db.changed 'cases') or the person's own action asks again.
 */
export const caseQueries = {
  detail: (id: string) =>
    queryOptions({
      queryKey: ['cases', 'detail', id] as const,
      queryFn: () => call('cases.get', { id }),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};
