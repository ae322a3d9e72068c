import { queryOptions } from '@tanstack/react-query';
import { call } from '../../lib/api';

/**
 * Reference data. Pick-lists and record pages share one query of every item, inactive ones
 * included: a record page must still name a deactivated value, and a pick-list offers it only
 * where it is already on the record. The administrator's page also asks which items are in use.
 */
export const referenceQueries = {
  all: () =>
    queryOptions({
      queryKey: ['reference', 'all'] as const,
      queryFn: () => call('reference.list', { includeInactive: true }),
      staleTime: 5 * 60_000,
    }),
  admin: () =>
    queryOptions({
      queryKey: ['reference', 'admin'] as const,
      queryFn: () => call('reference.list', { includeInactive: true, withUsage: true }),
    }),
};

export const staffQueries = {
  directory: () =>
    queryOptions({
      queryKey: ['staff', 'directory'] as const,
      queryFn: () => call('staff.directory', {}),
    }),
};

export const providerQueries = {
  list: () =>
    queryOptions({
      queryKey: ['providers', 'list'] as const,
      queryFn: () => call('providers.list', { includeInactive: true }),
    }),
};
