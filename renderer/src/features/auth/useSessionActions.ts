import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../lib/api';
import { forgetServerState, refetchGate } from './session-cache';
import { unlockMemory } from './unlock-memory';

/**
 * Lock now (button, Ctrl+L): the screen switches at once; core's `session.locked` follows and
 * finds nothing left to clear.
 */
export function useLockNow(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    unlockMemory.locked('manual');
    // Switch now, ask core which screen to show only once it has locked: an earlier answer
    // could still carry the session.
    forgetServerState(queryClient, true, false);
    void call('auth.lock', {})
      .catch(() => undefined)
      .finally(() => refetchGate(queryClient));
  }, [queryClient]);
}

/** Sign out: core ends the session; the next person starts at the sign-in screen and at home. */
export function useSignOut(): () => void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(() => {
    void call('auth.logout', {})
      .catch(() => undefined)
      .finally(() => {
        unlockMemory.forget();
        forgetServerState(queryClient, false);
        void navigate('/', { replace: true });
      });
  }, [queryClient, navigate]);
}
