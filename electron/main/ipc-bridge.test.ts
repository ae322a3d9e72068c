import { describe, expect, it, vi } from 'vitest';
import { createEvents } from '../core/events';
import type { Dispatch } from '../core/ipc/dispatch';
import { EVENT_CHANNEL, INVOKE_CHANNEL, type EventMessage } from '../preload/bridge-names';
import {
  FORBIDDEN,
  forwardCoreEvents,
  isTrustedSender,
  registerIpcBridge,
  type BridgeContents,
  type FrameLike,
  type InvokeEventLike,
  type IpcMainLike,
} from './ipc-bridge';

const frame = (over: Partial<FrameLike> = {}): FrameLike => ({
  url: 'app://eap/index.html',
  parent: null,
  processId: 7,
  routingId: 1,
  ...over,
});

class FakeContents implements BridgeContents {
  readonly sent: [string, EventMessage][] = [];
  destroyed = false;
  url = 'app://eap/index.html';
  constructor(readonly mainFrame: FrameLike = frame()) {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getURL(): string {
    return this.url;
  }
  send(channel: string, message: EventMessage): void {
    this.sent.push([channel, message]);
  }
}

type Listener = Parameters<IpcMainLike['handle']>[1];
const fakeIpcMain = () => {
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error('second handler');
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => void handlers.delete(channel),
  };
  return { ipc, handlers };
};

const setup = () => {
  const contents = new FakeContents();
  const dispatch = vi.fn<Dispatch>(() =>
    Promise.resolve({ ok: true, value: { name: 'EAP Desk' } }),
  );
  const { ipc, handlers } = fakeIpcMain();
  const dispose = registerIpcBridge(ipc, dispatch, () => contents);
  const call = (event: InvokeEventLike, channel: unknown = 'app.info', input: unknown = {}) =>
    handlers.get(INVOKE_CHANNEL)!(event, channel, input);
  return { contents, dispatch, handlers, dispose, call };
};

describe('sender check', () => {
  it('accepts the main frame of our window on app://eap and dispatches', async () => {
    const { contents, dispatch, call } = setup();
    const res = await call({ sender: contents, senderFrame: frame() }, 'app.info', {});
    expect(res).toEqual({ ok: true, value: { name: 'EAP Desk' } });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('app.info', {});
  });

  it('accepts a client-side route of the app', () => {
    const contents = new FakeContents();
    expect(
      isTrustedSender(
        { sender: contents, senderFrame: frame({ url: 'app://eap/cases/1?x=2' }) },
        contents,
      ),
    ).toBe(true);
  });

  it.each<[string, (c: FakeContents) => InvokeEventLike]>([
    [
      'a frame on another origin',
      (c) => ({ sender: c, senderFrame: frame({ url: 'https://evil.example/' }) }),
    ],
    [
      'a frame on another app host',
      (c) => ({ sender: c, senderFrame: frame({ url: 'app://evil/index.html' }) }),
    ],
    ['a file:// frame', (c) => ({ sender: c, senderFrame: frame({ url: 'file:///index.html' }) })],
    ['an about:blank frame', (c) => ({ sender: c, senderFrame: frame({ url: 'about:blank' }) })],
    ['a subframe', (c) => ({ sender: c, senderFrame: frame({ parent: frame(), routingId: 2 }) })],
    ['a subframe claiming no parent', (c) => ({ sender: c, senderFrame: frame({ routingId: 2 }) })],
    ['a frame of another process', (c) => ({ sender: c, senderFrame: frame({ processId: 8 }) })],
    ['another webContents', () => ({ sender: new FakeContents(), senderFrame: frame() })],
    ['a missing sender frame', (c) => ({ sender: c, senderFrame: null })],
    [
      'a disposed frame',
      (c) => ({
        sender: c,
        get senderFrame(): FrameLike {
          throw new Error('Render frame was disposed');
        },
      }),
    ],
  ])('refuses %s with FORBIDDEN and never dispatches', async (_name, makeEvent) => {
    const { contents, dispatch, call } = setup();
    const res = await call(makeEvent(contents));
    expect(res).toEqual({ ok: false, error: { code: 'FORBIDDEN', key: 'errors.forbidden' } });
    expect(res).toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses everything once the window is gone', async () => {
    const { contents, dispatch, call } = setup();
    contents.destroyed = true;
    expect(await call({ sender: contents, senderFrame: frame() })).toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
    expect(isTrustedSender({ sender: contents, senderFrame: frame() }, null)).toBe(false);
  });

  it('answers a non-string channel without dispatching, and a throwing dispatcher with INTERNAL', async () => {
    const { contents, dispatch, call } = setup();
    const ok = { sender: contents, senderFrame: frame() };
    expect(await call(ok, 42)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dispatch).not.toHaveBeenCalled();
    dispatch.mockRejectedValueOnce(new Error('secret detail /home/x'));
    const res = await call(ok);
    expect(res).toEqual({ ok: false, error: { code: 'INTERNAL', key: 'errors.internal' } });
    expect(JSON.stringify(res)).not.toContain('secret');
  });

  it('registers exactly one handler and removes it on dispose', () => {
    const { handlers, dispose } = setup();
    expect([...handlers.keys()]).toEqual([INVOKE_CHANNEL]);
    dispose();
    expect(handlers.size).toBe(0);
  });
});

describe('event forwarding', () => {
  it('forwards contract events to our window only', () => {
    const events = createEvents();
    const contents = new FakeContents();
    const off = forwardCoreEvents(events, () => contents);
    events.emit('db.changed', { domains: ['cases'] });
    events.emit('session.locked', { reason: 'system' });
    expect(contents.sent).toEqual([
      [EVENT_CHANNEL, { event: 'db.changed', payload: { domains: ['cases'] } }],
      [EVENT_CHANNEL, { event: 'session.locked', payload: { reason: 'system' } }],
    ]);
    off();
    events.emit('db.changed', { domains: ['x'] });
    expect(contents.sent).toHaveLength(2);
  });

  it('does not forward names outside the contract', () => {
    const events = createEvents();
    const contents = new FakeContents();
    forwardCoreEvents(events, () => contents);
    (events.emit as (e: string, p: unknown) => void)('secret.internal', { x: 1 });
    expect(contents.sent).toEqual([]);
  });

  it('sends nothing to a destroyed window or a page off our origin', () => {
    const events = createEvents();
    const contents = new FakeContents();
    forwardCoreEvents(events, () => contents);
    contents.url = 'https://evil.example/';
    events.emit('session.locked', { reason: 'idle' });
    contents.url = 'app://eap/index.html';
    contents.destroyed = true;
    events.emit('session.locked', { reason: 'idle' });
    expect(contents.sent).toEqual([]);
    forwardCoreEvents(events, () => null);
    expect(() => events.emit('session.locked', { reason: 'idle' })).not.toThrow();
  });
});
