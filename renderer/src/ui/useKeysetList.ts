import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { useMemo } from 'react';

/** One keyset page as core answers it: rows, the cursor of the next page, and (first page) the total. */
export interface KeysetPage<R> {
  readonly rows: readonly R[];
  readonly next: string | null;
  readonly total: number | null;
}

export interface KeysetList<R> {
  readonly rows: readonly R[];
  /** Matching rows in all, from the first page; null until it arrives. */
  readonly total: number | null;
  readonly hasMore: boolean;
  readonly isPending: boolean;
  readonly isFetchingMore: boolean;
  /** A refetch after a change (db.changed) while rows are already shown. */
  readonly isRefreshing: boolean;
  readonly error: unknown;
  readonly loadMore: () => void;
  readonly retry: () => void;
}

/**
 * A long list paged by core's keyset cursor (TanStack Query's infinite query). The cursor of
 * page n+1 is page n's `next`, so only pages actually scrolled to are ever fetched, and a list
 * of 100,000 rows costs what the person looked at.
 */
export function useKeysetList<R>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | undefined) => Promise<KeysetPage<R>>,
): KeysetList<R> {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const pages = query.data?.pages;
  const rows = useMemo(() => (pages ?? []).flatMap((p) => p.rows), [pages]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage, refetch } = query;
  return {
    rows,
    total: pages?.[0]?.total ?? null,
    hasMore: hasNextPage,
    isPending: query.isPending,
    isFetchingMore: isFetchingNextPage,
    isRefreshing: query.isRefetching && !isFetchingNextPage,
    error: query.error,
    loadMore: () => {
      if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
    },
    retry: () => void refetch(),
  };
}
