import type { Envelope } from '../../shared/ipc/envelope';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './bridge-names';

/** The slice of ipcRenderer the API uses. It never leaves this closure. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, message: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, message: unknown) => void): unknown;
}

export interface ExposedApi {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

const UNKNOWN_CHANNEL: Envelope<never> = {
  ok: false,
  error: { code: 'NOT_FOUND', key: 'errors.unknownChannel' },
};
const INTERNAL: Envelope<never> = {
  ok: false,
  error: { code: 'INTERNAL', key: 'errors.internal' },
};

/**
 * `window.eap`: two functions and nothing else. Unknown channels never reach main; unknown
 * events are a programming error and throw. Listeners receive the payload only — never the
 * IpcRendererEvent, whose `sender` is ipcRenderer itself.
 */
export function createBridgeApi(
  ipc: RendererIpc,
  channels: readonly string[],
  eventNames: readonly string[],
): ExposedApi {
  const allowedChannels = new Set(channels);
  const allowedEvents = new Set(eventNames);
  return Object.freeze({
    async invoke(channel: string, input: unknown): Promise<Envelope<unknown>> {
      if (typeof channel !== 'string' || !allowedChannels.has(channel)) return UNKNOWN_CHANNEL;
      try {
        return (await ipc.invoke(INVOKE_CHANNEL, channel, input)) as Envelope<unknown>;
      } catch {
        // Main answers with envelopes; a rejection means the handler is gone (shutting down).
        return INTERNAL;
      }
    },
    on(event: string, listener: (payload: unknown) => void): () => void {
      if (typeof event !== 'string' || !allowedEvents.has(event)) {
        throw new TypeError(`unknown event: ${String(event).slice(0, 64)}`);
      }
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      const wrapped = (_event: unknown, message: unknown): void => {
        if (isEventMessage(message) && message.event === event) listener(message.payload);
      };
      ipc.on(EVENT_CHANNEL, wrapped);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipc.removeListener(EVENT_CHANNEL, wrapped);
      };
    },
  });
}

function isEventMessage(m: unknown): m is { event: string; payload: unknown } {
  return (
    typeof m === 'object' && m !== null && typeof (m as { event?: unknown }).event === 'string'
  );
}
