import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFunction } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPreload } from '../../scripts/build-electron.mjs';
import { CHANNELS } from '../../shared/ipc/contract';
import { EVENT_NAMES } from '../../shared/ipc/types';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './bridge-names';

/**
 * Tests the preload exactly as Electron loads it: the built single-file bundle, evaluated with
 * a `require` that knows only 'electron' (as in a sandboxed renderer) and a fake ipcRenderer.
 */
class FakeIpcRenderer extends EventEmitter {
  readonly invoked: unknown[][] = [];
  reply: unknown = { ok: true, value: 'pong' };
  invoke(...args: unknown[]): Promise<unknown> {
    this.invoked.push(args);
    return this.reply instanceof Error ? Promise.reject(this.reply) : Promise.resolve(this.reply);
  }
}

type Api = Record<string, unknown> & {
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(event: string, cb: (payload: unknown) => void): () => void;
};

let dir: string;
let source: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'eap-preload-'));
  const { outfile } = await buildPreload({ outfile: join(dir, 'preload.cjs'), sourcemap: false });
  source = readFileSync(outfile, 'utf8');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function load() {
  const ipcRenderer = new FakeIpcRenderer();
  const exposed = new Map<string, unknown>();
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void exposed.set(key, api) },
    ipcRenderer,
  };
  const fakeRequire = (id: string): unknown => {
    required.push(id);
    if (id === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require ${id}`);
  };
  const mod = { exports: {} };
  const run = compileFunction(source, ['require', 'module', 'exports']) as (
    require: (id: string) => unknown,
    module: { exports: object },
    exports: object,
  ) => void;
  run(fakeRequire, mod, mod.exports);
  return { ipcRenderer, exposed, required, api: exposed.get('eap') as Api };
}

describe('preload bundle', () => {
  it('is one small file that requires only electron', () => {
    const { required } = load();
    expect(required).toEqual(['electron']);
    expect(source).not.toMatch(/\bzod\b/);
    expect(source.length).toBeLessThan(10_000);
  });

  it('exposes exactly { invoke, on } as window.eap and nothing else', () => {
    const { exposed, api, ipcRenderer } = load();
    expect([...exposed.keys()]).toEqual(['eap']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(typeof api.invoke).toBe('function');
    expect(typeof api.on).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api)).not.toContain(ipcRenderer);
  });

  it('carries the contract channel list, inlined', async () => {
    const { api, ipcRenderer } = load();
    for (const channel of CHANNELS) {
      await api.invoke(channel, {});
    }
    expect(ipcRenderer.invoked.map((a) => a[1])).toEqual(CHANNELS);
  });

  it('forwards contract channels over the one invoke channel', async () => {
    const { api, ipcRenderer } = load();
    const res = await api.invoke('app.info', {});
    expect(res).toEqual({ ok: true, value: 'pong' });
    expect(ipcRenderer.invoked).toEqual([[INVOKE_CHANNEL, 'app.info', {}]]);
  });

  it('refuses unknown channels without touching IPC', async () => {
    const { api, ipcRenderer } = load();
    for (const channel of [
      'cases.dropAll',
      'eap:invoke',
      '__proto__',
      'constructor',
      '',
      'APP.INFO',
    ]) {
      expect(await api.invoke(channel, {})).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', key: 'errors.unknownChannel' },
      });
    }
    expect(await api.invoke(42 as unknown as string, {})).toMatchObject({ ok: false });
    expect(ipcRenderer.invoked).toEqual([]);
  });

  it('turns a rejected IPC call into an INTERNAL envelope without details', async () => {
    const { api, ipcRenderer } = load();
    ipcRenderer.reply = new Error("Error invoking remote method 'eap:invoke': /home/secret");
    expect(await api.invoke('app.info', {})).toEqual({
      ok: false,
      error: { code: 'INTERNAL', key: 'errors.internal' },
    });
  });

  it('subscribes to contract events, hands over the payload only, and unsubscribes', () => {
    const { api, ipcRenderer } = load();
    const seen: unknown[][] = [];
    const off = api.on('session.locked', (...args: unknown[]) => void seen.push(args));
    const fakeEvent = { sender: ipcRenderer };
    ipcRenderer.emit(EVENT_CHANNEL, fakeEvent, {
      event: 'session.locked',
      payload: { reason: 'idle' },
    });
    ipcRenderer.emit(EVENT_CHANNEL, fakeEvent, { event: 'db.changed', payload: { domains: [] } });
    ipcRenderer.emit(EVENT_CHANNEL, fakeEvent, 'garbage');
    expect(seen).toEqual([[{ reason: 'idle' }]]);
    expect(ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(1);
    off();
    off();
    expect(ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0);
    ipcRenderer.emit(EVENT_CHANNEL, fakeEvent, {
      event: 'session.locked',
      payload: { reason: 'idle' },
    });
    expect(seen).toHaveLength(1);
  });

  it('accepts every contract event name', () => {
    const { api } = load();
    for (const name of EVENT_NAMES) expect(typeof api.on(name, () => undefined)).toBe('function');
  });

  it('refuses unknown events and non-function listeners', () => {
    const { api, ipcRenderer } = load();
    expect(() => api.on('eap:event', () => undefined)).toThrow(/unknown event/);
    expect(() => api.on('ipc-message', () => undefined)).toThrow(/unknown event/);
    expect(() => api.on('session.locked', 'alert(1)' as unknown as () => void)).toThrow(TypeError);
    expect(ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0);
  });
});
