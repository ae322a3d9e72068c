import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ErrorCode } from '../../../../shared/ipc/envelope';
import { isApiError } from '../../lib/api';
import { refetchGate } from './session-cache';

/** Answers that mean "the screen is out of date": the session ended, locked or must change. */
const GATE_CODES: ReadonlySet<ErrorCode> = new Set([
  'SESSION_LOCKED',
  'UNAUTHENTICATED',
  'PASSPHRASE_CHANGE_REQUIRED',
  'NOT_INITIALISED',
]);

const meansGateChanged = (e: unknown): boolean => isApiError(e) && GATE_CODES.has(e.error.code);

/**
 * A missed event must not leave a page up that core no longer serves: any query or action
 * answered with one of these codes makes the gate ask core again which screen to show.
 */
export function useGateErrors(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const offQueries = queryClient.getQueryCache().subscribe((event) => {
      if (
        event.type === 'updated' &&
        event.action.type === 'error' &&
        meansGateChanged(event.action.error)
      ) {
        refetchGate(queryClient);
      }
    });
    const offMutations = queryClient.getMutationCache().subscribe((event) => {
      if (
        event.type === 'updated' &&
        event.action.type === 'error' &&
        meansGateChanged(event.action.error)
      ) {
        refetchGate(queryClient);
      }
    });
    return () => {
      offQueries();
      offMutations();
    };
  }, [queryClient]);
}
