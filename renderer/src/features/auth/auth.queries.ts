import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionInfo } from '../../../../shared/ipc/schemas/auth';
import { call } from '../../lib/api';

export const SESSION_KEY = ['auth', 'session'] as const;

/** Which screen to show: nobody signed in, someone's session locked, or who is working. */
export const authQueries = {
  session: () =>
    queryOptions({
      queryKey: SESSION_KEY,
      queryFn: () => call('auth.session', {}),
    }),
};

/**
 * The signed-in person, for screens inside the shell (the gate renders the shell only when
 * there is one). Throws otherwise: a page outside the gate is a bug, not a state.
 */
export function useSession(): SessionInfo {
  const { data } = useQuery(authQueries.session());
  if (!data?.session) throw new Error('useSession outside a signed-in shell');
  return data.session;
}
