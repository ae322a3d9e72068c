import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { EapBridge } from '../../../shared/ipc/types';
import { ApiError, createApiClient, invalidateForEvent, isApiError } from './api';
import { messageForError, messageForIpcError } from './errors';

const info = {
  name: 'EAP Desk',
  version: '0.1.0',
  state: 'uninitialised',
  dataDir: '/d',
  schemaVersion: null,
} as const;

/** A fake window.eap whose invoke answers with whatever the test supplies. */
function fakeBridge(answer: (channel: string, input: unknown) => Promise<unknown>) {
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const bridge = {
    invoke: (channel: string, input: unknown) => answer(channel, input),
    on: (event: string, cb: (p: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(cb);
      return () => set.delete(cb);
    },
  } as unknown as EapBridge;
  const emit = (event: string, payload: unknown) =>
    listeners.get(event)?.forEach((l) => l(payload));
  return { bridge, emit, listeners };
}

async function rejection(p: Promise<unknown>): Promise<ApiError> {
  const e: unknown = await p.then(
    () => new Error('expected a rejection'),
    (err: unknown) => err,
  );
  if (!isApiError(e)) throw e instanceof Error ? e : new Error(String(e));
  return e;
}

describe('api client', () => {
  it('returns the value of an ok envelope and passes channel and input through', async () => {
    const invoke = vi.fn(() => Promise.resolve({ ok: true, value: info }));
    const api = createApiClient(() => fakeBridge(invoke).bridge);
    await expect(api.call('app.info', {})).resolves.toEqual(info);
    expect(invoke).toHaveBeenCalledWith('app.info', {});
  });

  it('throws an ApiError carrying the IpcError of a failed envelope', async () => {
    const error = {
      code: 'VALIDATION',
      key: 'errors.validation',
      issues: [{ path: ['text'], key: 'validation.tooLong', params: { max: 200 } }],
    };
    const api = createApiClient(
      () => fakeBridge(() => Promise.resolve({ ok: false, error })).bridge,
    );
    const e = await rejection(api.call('app.echo', { text: 'x'.repeat(300) }));
    expect(e.error).toEqual(error);
    expect(e.channel).toBe('app.echo');
  });

  it('turns a missing bridge, a rejected invoke and a malformed answer into ApiErrors', async () => {
    const none = createApiClient(() => undefined);
    expect((await rejection(none.call('app.info', {}))).error.key).toBe('errors.bridgeUnavailable');

    const rejecting = createApiClient(
      () => fakeBridge(() => Promise.reject(new Error('gone'))).bridge,
    );
    expect((await rejection(rejecting.call('app.info', {}))).error.key).toBe('errors.ipcFailed');

    for (const bad of [
      undefined,
      null,
      'x',
      { ok: true },
      { ok: false, error: { code: 'NOPE', key: 'k' } },
    ]) {
      const api = createApiClient(() => fakeBridge(() => Promise.resolve(bad)).bridge);
      expect((await rejection(api.call('app.info', {}))).error).toEqual({
        code: 'INTERNAL',
        key: 'errors.ipcFailed',
      });
    }
  });

  it('subscribes to events and unsubscribes; without a bridge, on() is a no-op', () => {
    const fake = fakeBridge(() => Promise.resolve(null));
    const api = createApiClient(() => fake.bridge);
    const seen: unknown[] = [];
    const off = api.on('db.changed', (p) => seen.push(p));
    fake.emit('db.changed', { domains: ['app'] });
    off();
    fake.emit('db.changed', { domains: ['cases'] });
    expect(seen).toEqual([{ domains: ['app'] }]);
    expect(() =>
      createApiClient(() => undefined).on('db.changed', () => undefined)(),
    ).not.toThrow();
  });
});

describe('error messages', () => {
  it('use the key the core sent when the catalogs know it, with its params', () => {
    expect(
      messageForIpcError({ code: 'VALIDATION', key: 'validation.tooLong', params: { max: 3 } }),
    ).toEqual({
      key: 'validation.tooLong',
      params: { max: 3 },
    });
  });

  it('fall back to the default key for the code, never showing a code alone', () => {
    expect(messageForIpcError({ code: 'FORBIDDEN', key: 'errors.somethingNew' })).toEqual({
      key: 'errors.forbidden',
    });
    expect(messageForError(new Error('bug'))).toEqual({ key: 'errors.unexpected' });
    expect(
      messageForError(new ApiError('app.info', { code: 'DB_DAMAGED', key: 'errors.dbDamaged' })),
    ).toEqual({
      key: 'errors.dbDamaged',
    });
  });
});

describe('invalidateForEvent', () => {
  function clientWithQueries() {
    const qc = new QueryClient();
    qc.setQueryData(['app', 'info'], info);
    qc.setQueryData(['cases', 'list'], []);
    const stale = () => ({
      app: qc.getQueryState(['app', 'info'])?.isInvalidated,
      cases: qc.getQueryState(['cases', 'list'])?.isInvalidated,
    });
    return { qc, stale };
  }

  it('db.changed marks only the named domains stale', async () => {
    const { qc, stale } = clientWithQueries();
    await invalidateForEvent(qc, 'db.changed', { domains: ['cases'] });
    expect(stale()).toEqual({ app: false, cases: true });
  });

  it('db.changed without domains, a state change or a lock mark everything stale', async () => {
    for (const [event, payload] of [
      ['db.changed', { domains: [] }],
      ['app.stateChanged', { state: 'locked' }],
      ['session.locked', { reason: 'idle' }],
    ] as const) {
      const { qc, stale } = clientWithQueries();
      await invalidateForEvent(qc, event, payload);
      expect(stale()).toEqual({ app: true, cases: true });
    }
  });
});
