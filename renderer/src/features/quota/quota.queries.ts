import { queryOptions } from '@tanstack/react-query';
import { call } from '../../lib/api';

/** The subsidy quota; keys start with 'quota' so bookings and sessions (db.changed) refresh it. */
export const quotaQueries = {
  forClient: (clientId: string, year?: number) =>
    queryOptions({
      queryKey: ['quota', 'client', clientId, year ?? null] as const,
      queryFn: () => call('quota.forClient', year ? { clientId, year } : { clientId }),
    }),
  rules: (year: number) =>
    queryOptions({
      queryKey: ['quota', 'rules', year] as const,
      queryFn: () => call('quota.rules', { year }),
      staleTime: 5 * 60_000,
    }),
  pendingExtensions: () =>
    queryOptions({
      queryKey: ['quota', 'pendingExtensions'] as const,
      queryFn: () => call('quota.pendingExtensions', {}),
    }),
};
