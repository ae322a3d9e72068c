import { queryOptions } from '@tanstack/react-query';
import { call } from '../../lib/api';

/** Query keys start with the domain ('app'), so `db.changed {domains: ['app']}` refetches them. */
export const appQueries = {
  info: () =>
    queryOptions({
      queryKey: ['app', 'info'] as const,
      queryFn: () => call('app.info', {}),
    }),
};
