import { useEffect, useEffectEvent } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { Channel } from '../../../shared/ipc/contract';
import { ERROR_CODES, type IpcError } from '../../../shared/ipc/envelope';
import type {
  EapBridge,
  EventName,
  EventPayloads,
  InputOf,
  OutputOf,
} from '../../../shared/ipc/types';

declare global {
  interface Window {
    /** The preload API (Electron) or the test bridge (Playwright); absent in a plain browser. */
    readonly eap?: EapBridge;
  }
}

/** A failed call, carrying the core's error so the UI can translate `error.key`. */
export class ApiError extends Error {
  readonly error: IpcError;
  readonly channel: string;

  constructor(channel: string, error: IpcError) {
    super(`${channel}: ${error.code}`);
    this.name = 'ApiError';
    this.channel = channel;
    this.error = error;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

export interface ApiClient {
  /** Resolves with the value, or rejects with an ApiError (never anything else). */
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  /** Subscribes to a core event; returns the unsubscribe function. No-op without a bridge. */
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

const BRIDGE_UNAVAILABLE: IpcError = { code: 'INTERNAL', key: 'errors.bridgeUnavailable' };
const IPC_FAILED: IpcError = { code: 'INTERNAL', key: 'errors.ipcFailed' };

function isIpcError(v: unknown): v is IpcError {
  if (typeof v !== 'object' || v === null) return false;
  const { code, key } = v as { code?: unknown; key?: unknown };
  return (
    typeof key === 'string' &&
    typeof code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(code)
  );
}

/**
 * The typed client over a bridge. The bridge is looked up at each call, so the test bridge
 * (installed before the page's scripts) and the preload work alike.
 */
export function createApiClient(getBridge: () => EapBridge | undefined): ApiClient {
  return {
    async call(channel, input) {
      const bridge = getBridge();
      if (!bridge) throw new ApiError(channel, BRIDGE_UNAVAILABLE);
      let envelope: unknown;
      try {
        envelope = await bridge.invoke(channel, input);
      } catch {
        throw new ApiError(channel, IPC_FAILED);
      }
      if (typeof envelope === 'object' && envelope !== null) {
        const e = envelope as { ok?: unknown; value?: unknown; error?: unknown };
        // The core checked the value against the channel's output schema before sending it.
        if (e.ok === true && 'value' in e) return e.value as OutputOf<typeof channel>;
        if (e.ok === false && isIpcError(e.error)) throw new ApiError(channel, e.error);
      }
      throw new ApiError(channel, IPC_FAILED);
    },
    on(event, listener) {
      const bridge = getBridge();
      return bridge ? bridge.on(event, listener) : () => undefined;
    },
  };
}

export const api: ApiClient = createApiClient(() =>
  typeof window === 'undefined' ? undefined : window.eap,
);

export const call: ApiClient['call'] = (channel, input) => api.call(channel, input);

/** Runs `listener` on each core event while the component is mounted; always the latest one. */
export function useEvent<E extends EventName>(
  event: E,
  listener: (payload: EventPayloads[E]) => void,
  client: ApiClient = api,
): void {
  const onEvent = useEffectEvent(listener);
  useEffect(() => client.on(event, (payload) => onEvent(payload)), [client, event]);
}

/**
 * What a core event means for cached server state. Query keys start with the domain
 * (`['app', 'info']`, `['cases', 'list', filters]`), so `db.changed {domains}` refetches just
 * those; a state change or a lock may change any answer, so everything is refetched.
 */
export function invalidateForEvent<E extends EventName>(
  queryClient: QueryClient,
  event: E,
  payload: EventPayloads[E],
): Promise<void> {
  if (event === 'db.changed') {
    const { domains } = payload as EventPayloads['db.changed'];
    if (domains.length > 0) {
      return queryClient.invalidateQueries({
        predicate: (q) => typeof q.queryKey[0] === 'string' && domains.includes(q.queryKey[0]),
      });
    }
  }
  return queryClient.invalidateQueries();
}

/** Mount once near the root: keeps every query in step with what core reports. */
export function useCoreEventInvalidation(queryClient: QueryClient, client: ApiClient = api): void {
  const refetch = (event: EventName) => (payload: EventPayloads[EventName]) => {
    void invalidateForEvent(queryClient, event, payload);
  };
  useEvent('db.changed', refetch('db.changed'), client);
  useEvent('app.stateChanged', refetch('app.stateChanged'), client);
  useEvent('session.locked', refetch('session.locked'), client);
}
