import { infiniteQueryOptions } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/ipc/types';
import { call } from '../../lib/api';

export interface AuditFilters {
  readonly actorId: string;
  readonly action: string;
  readonly from: string | null;
  readonly to: string | null;
}

export const NO_FILTERS: AuditFilters = { actorId: '', action: '', from: null, to: null };
export const AUDIT_PAGE_SIZE = 50;

/** Only the filters that are set: core reads a missing key as "any". */
export function auditInput(
  filters: AuditFilters,
  before: number | undefined,
): InputOf<'audit.list'> {
  const action = filters.action.trim();
  return {
    limit: AUDIT_PAGE_SIZE,
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(action ? { action } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(before !== undefined ? { before } : {}),
  };
}

/** Newest first, by keyset: each page asks for entries before the last sequence number seen. */
export const auditQueries = {
  list: (filters: AuditFilters) =>
    infiniteQueryOptions({
      queryKey: ['audit', 'list', filters] as const,
      queryFn: ({ pageParam }) => call('audit.list', auditInput(filters, pageParam)),
      initialPageParam: undefined as number | undefined,
      getNextPageParam: (last) => last.nextBefore ?? undefined,
    }),
};
