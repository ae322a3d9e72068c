import type { Query, QueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../../../shared/ipc/schemas/auth';
import type { OutputOf } from '../../../../shared/ipc/types';
import { SESSION_KEY } from './auth.queries';
import { unlockMemory } from './unlock-memory';

type SessionAnswer = OutputOf<'auth.session'>;

const DEFAULT_IDLE_MINUTES = 10;

/** The answers that survive a lock: which screen to show and app.info. Neither holds a name. */
const isGateQuery = (q: Query): boolean =>
  (q.queryKey[0] === 'auth' && q.queryKey[1] === 'session') ||
  (q.queryKey[0] === 'app' && q.queryKey[1] === 'info');

/**
 * Lock or sign-out: drop every answer core gave (names, lists) and every finished mutation (its
 * variables may hold a passphrase), and switch the gate at once, before core confirms.
 */
export function forgetServerState(queryClient: QueryClient, locked: boolean, refetch = true): void {
  queryClient.removeQueries({ predicate: (q) => !isGateQuery(q) });
  queryClient.getMutationCache().clear();
  queryClient.setQueryData<SessionAnswer>(SESSION_KEY, (old) => ({
    session: null,
    locked,
    idleLockMinutes: old?.idleLockMinutes ?? DEFAULT_IDLE_MINUTES,
  }));
  if (refetch) refetchGate(queryClient);
}

/** Asks core again which screen to show (after it has confirmed a lock, say). */
export function refetchGate(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ predicate: isGateQuery });
}

/** Someone signed in, unlocked or changed their passphrase: core answered with their session. */
export function rememberSession(queryClient: QueryClient, session: SessionInfo): void {
  unlockMemory.signedIn();
  unlockMemory.unlocked();
  queryClient.getMutationCache().clear();
  queryClient.setQueryData<SessionAnswer>(SESSION_KEY, (old) => ({
    session,
    locked: false,
    idleLockMinutes: old?.idleLockMinutes ?? DEFAULT_IDLE_MINUTES,
  }));
  refetchGate(queryClient);
}
