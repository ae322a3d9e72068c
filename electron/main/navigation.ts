import { isAppUrl } from './origin';

interface Preventable {
  preventDefault(): void;
}
interface NavigationEvent extends Preventable {
  readonly url: string;
}

/** The parts of a WebContents the guards use; a real WebContents satisfies it. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

/**
 * The window only ever shows our own pages: links to the web, injected redirects and
 * `window.open` go nowhere, and `<webview>` never attaches. Applied to every WebContents the
 * app creates (via `web-contents-created`), not only the main window's.
 */
export function guardNavigation(contents: GuardedContents): void {
  const stayHome = (event: NavigationEvent): void => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-frame-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The parts of a Session the permission guard uses; a real Session satisfies it. */
export interface GuardedSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  on(event: 'will-download', listener: (event: Preventable) => void): unknown;
}

/**
 * Camera, microphone, notifications, geolocation, clipboard reads, USB/HID/serial devices…
 * nothing is granted. Downloads are cancelled too: files leave only through a native save
 * dialog in main (exports are audited), never through a renderer-triggered download.
 */
export function denyPermissions(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}
