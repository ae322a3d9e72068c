import { useQueryClient } from '@tanstack/react-query';
import { useEvent } from '../../lib/api';
import { forgetServerState } from './session-cache';
import { unlockMemory } from './unlock-memory';

/**
 * Core locked the session (idle, OS lock, suspend, or our own request): drop everything it told
 * us, so no name stays in memory or on screen, and show the lock screen.
 */
export function useLockEvents(): void {
  const queryClient = useQueryClient();
  useEvent('session.locked', ({ reason }) => {
    unlockMemory.locked(reason);
    forgetServerState(queryClient, true);
  });
}
