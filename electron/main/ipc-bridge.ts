import type { Envelope } from '../../shared/ipc/envelope';
import { EVENT_NAMES } from '../../shared/ipc/types';
import type { CoreEvents } from '../core/events';
import type { Dispatch } from '../core/ipc/dispatch';
import { EVENT_CHANNEL, INVOKE_CHANNEL, type EventMessage } from '../preload/bridge-names';
import { isAppUrl } from './origin';

export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
}

/** The parts of our window's WebContents the bridge uses; a real WebContents satisfies it. */
export interface BridgeContents {
  readonly mainFrame: FrameLike;
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, message: EventMessage): void;
}

export interface InvokeEventLike {
  readonly sender: unknown;
  readonly senderFrame: FrameLike | null;
}

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (
      event: InvokeEventLike,
      channel: unknown,
      input: unknown,
    ) => Promise<Envelope<unknown>>,
  ): void;
  removeHandler(channel: string): void;
}

export const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', key: 'errors.forbidden' },
};
const INTERNAL: Envelope<never> = {
  ok: false,
  error: { code: 'INTERNAL', key: 'errors.internal' },
};
const UNKNOWN_CHANNEL: Envelope<never> = {
  ok: false,
  error: { code: 'NOT_FOUND', key: 'errors.unknownChannel' },
};

/**
 * Only the top frame of our own window, showing our own origin, may call core. A subframe, a
 * second window, a page that somehow navigated elsewhere or a frame already gone are refused.
 */
export function isTrustedSender(event: InvokeEventLike, contents: BridgeContents | null): boolean {
  try {
    if (!contents || contents.isDestroyed() || event.sender !== contents) return false;
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    const main = contents.mainFrame;
    // Compared by ids: WebFrameMain wrappers are not guaranteed to be the same object.
    if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
    return isAppUrl(frame.url);
  } catch {
    // A disposed frame throws on access; it certainly is not a trusted caller.
    return false;
  }
}

/** The single `ipcMain.handle`: sender check first, then the core dispatcher. Returns a disposer. */
export function registerIpcBridge(
  ipcMain: IpcMainLike,
  dispatch: Dispatch,
  getContents: () => BridgeContents | null,
): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel, input) => {
    if (!isTrustedSender(event, getContents())) return FORBIDDEN;
    if (typeof channel !== 'string') return UNKNOWN_CHANNEL;
    try {
      return await dispatch(channel, input);
    } catch {
      // The dispatcher already catches everything; this keeps a rejected promise (with its
      // message and stack) from ever reaching the renderer should that change.
      return INTERNAL;
    }
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** Core events → our window, for the contract's event names only. Returns an unsubscribe. */
export function forwardCoreEvents(
  events: Pick<CoreEvents, 'on'>,
  getContents: () => BridgeContents | null,
): () => void {
  const offs = EVENT_NAMES.map((name) =>
    events.on(name, (payload) => {
      const contents = getContents();
      if (!contents || contents.isDestroyed() || !isAppUrl(contents.getURL())) return;
      contents.send(EVENT_CHANNEL, { event: name, payload });
    }),
  );
  return () => {
    for (const off of offs) off();
  };
}
