import { queryOptions } from '@tanstack/react-query';
import { call } from '../../lib/api';

/**
 * The home page's day. The key starts with 'appointments': a booking, cancellation or session
 * record (db.changed {domains: ['appointments']}) refreshes it at once.
 */
export const homeDayQueries = {
  day: () =>
    queryOptions({
      queryKey: ['appointments', 'homeDay'] as const,
      queryFn: () => call('home.day', {}),
      // Time alone changes it (an appointment ends, the day turns): ask again now and then.
      staleTime: 60_000,
      refetchInterval: 5 * 60_000,
    }),
};
