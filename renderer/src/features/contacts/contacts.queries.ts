import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/ipc/types';
import { call } from '../../lib/api';

export const RECENT_PAGE_SIZE = 20;
type Cursor = NonNullable<InputOf<'contacts.list'>['after']>;

export const contactQueries = {
  /** Newest first, by keyset: each page continues after the last row of the one before. */
  recent: () =>
    infiniteQueryOptions({
      queryKey: ['contacts', 'recent'] as const,
      queryFn: ({ pageParam }) =>
        call('contacts.list', {
          limit: RECENT_PAGE_SIZE,
          ...(pageParam ? { after: pageParam } : {}),
        }),
      initialPageParam: undefined as Cursor | undefined,
      getNextPageParam: (last) => last.next ?? undefined,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: ['contacts', 'detail', id] as const,
      queryFn: () => call('contacts.get', { id }),
    }),
};
