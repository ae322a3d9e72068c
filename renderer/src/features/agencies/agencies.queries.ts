import { queryOptions } from '@tanstack/react-query';
import type { AgencyRow } from '../../../../shared/ipc/schemas/agencies';
import { call } from '../../lib/api';
import type { ComboOption } from '../../ui/Combobox';

/** Every agency, inactive ones included (old records still name them), in tree order. */
export const agencyQueries = {
  all: () =>
    queryOptions({
      queryKey: ['agencies', 'all'] as const,
      queryFn: () => call('agencies.list', { includeInactive: true }),
      staleTime: 5 * 60_000,
    }),
  headcounts: (year: number) =>
    queryOptions({
      queryKey: ['agencies', 'headcounts', year] as const,
      queryFn: () => call('agencies.headcounts', { year }),
    }),
};

/** The tree as pick-list options: indented by depth, the agency code matched as well. */
export function agencyOptions(rows: readonly AgencyRow[]): ComboOption[] {
  return rows.map((a) => ({
    value: a.id,
    label: a.name,
    detail: a.code,
    depth: a.depth,
    ...(a.active ? {} : { inactive: true }),
  }));
}

/** An agency and everything under it: the places it may not be moved to. */
export function subtreeIds(rows: readonly AgencyRow[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  // Rows come parent first, so one pass collects every descendant.
  for (const r of rows) if (r.parentId && ids.has(r.parentId)) ids.add(r.id);
  return ids;
}
