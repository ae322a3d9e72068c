import { queryOptions } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const clinicalQueries = {
  status: () =>
    queryOptions({
      queryKey: ['clinical', 'status'] as const,
      queryFn: () => call('clinical.status', {}),
    }),
};
