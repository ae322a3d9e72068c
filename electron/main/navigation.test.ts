import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  denyPermissions,
  guardNavigation,
  type GuardedContents,
  type GuardedSession,
} from './navigation';

interface FakeEvent {
  url: string;
  prevented: boolean;
  preventDefault(): void;
}
const navEvent = (url = ''): FakeEvent => {
  const e: FakeEvent = { url, prevented: false, preventDefault: () => void (e.prevented = true) };
  return e;
};

class FakeContents extends EventEmitter {
  openHandler: (() => { action: 'deny' }) | null = null;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void {
    this.openHandler = handler;
  }
}

class FakeSession extends EventEmitter {
  request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
  check: (() => boolean) | null = null;
  device: (() => boolean) | null = null;
  setPermissionRequestHandler(
    h: (c: unknown, p: string, cb: (granted: boolean) => void) => void,
  ): void {
    this.request = h;
  }
  setPermissionCheckHandler(h: () => boolean): void {
    this.check = h;
  }
  setDevicePermissionHandler(h: () => boolean): void {
    this.device = h;
  }
}

const guarded = (): FakeContents => {
  const contents = new FakeContents();
  guardNavigation(contents satisfies GuardedContents);
  return contents;
};

describe('navigation guard', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: stays on app://eap, blocks everything else',
    (name) => {
      const contents = guarded();
      for (const url of ['app://eap/index.html', 'app://eap/cases/1']) {
        const e = navEvent(url);
        contents.emit(name, e);
        expect(e.prevented, url).toBe(false);
      }
      for (const url of [
        'https://example.com/',
        'http://127.0.0.1:5173/',
        'file:///etc/passwd',
        'app://evil/index.html',
        'app://eap:81/',
        'javascript:alert(1)',
        'data:text/html,hi',
        'not a url',
      ]) {
        const e = navEvent(url);
        contents.emit(name, e);
        expect(e.prevented, url).toBe(true);
      }
    },
  );

  it('denies window.open and webview attachment', () => {
    const contents = guarded();
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
    const e = navEvent();
    contents.emit('will-attach-webview', e, {}, {});
    expect(e.prevented).toBe(true);
  });
});

describe('permission denial', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'hid',
    'fullscreen',
  ])('denies %s requests and checks', (permission) => {
    const session = new FakeSession();
    denyPermissions(session satisfies GuardedSession);
    let granted: boolean | undefined;
    session.request?.({}, permission, (g) => (granted = g));
    expect(granted).toBe(false);
    expect(session.check?.()).toBe(false);
    expect(session.device?.()).toBe(false);
  });

  it('cancels renderer-started downloads', () => {
    const session = new FakeSession();
    denyPermissions(session);
    const e = navEvent();
    session.emit('will-download', e, {}, {});
    expect(e.prevented).toBe(true);
  });
});
