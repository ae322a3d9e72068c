import { queryOptions } from '@tanstack/react-query';
import type { CaseListFilter } from '../../../../shared/ipc/schemas/case-list';
import { call } from '../../lib/api';

/** Rows per keyset page: a few screens ahead, small enough to answer at once on 100,000 cases. */
export const CASE_PAGE_SIZE = 100;

/**
 * Keys start with 'cases', so a change to cases (db.changed) refreshes the list and the home
 * page's follow-ups; saved filters have their own domain.
 */
export const caseListKeys = {
  list: (filter: CaseListFilter) => ['cases', 'list', filter] as const,
};

export const fetchCasePage = (filter: CaseListFilter, cursor: string | undefined) =>
  call('cases.list', { ...filter, limit: CASE_PAGE_SIZE, ...(cursor ? { cursor } : {}) });

export const savedFilterQueries = {
  list: () =>
    queryOptions({
      queryKey: ['savedFilters', 'list'] as const,
      queryFn: () => call('savedFilters.list', {}),
    }),
};

export const homeQueries = {
  summary: () =>
    queryOptions({
      queryKey: ['cases', 'homeSummary'] as const,
      queryFn: () => call('home.summary', {}),
      // The day changes under a desk left open overnight: ask again now and then.
      staleTime: 5 * 60_000,
    }),
};
