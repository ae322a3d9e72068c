import { queryOptions } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const settingsQueries = {
  get: () =>
    queryOptions({
      queryKey: ['settings', 'organisation'] as const,
      queryFn: () => call('settings.get', {}),
    }),
};
