/**
 * The renderer's one origin. Everything the window may load, navigate to or call IPC from is
 * `app://eap/…`; a fixed host means a frame from anywhere else is recognisable at a glance.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'eap';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * True only for `app://eap/…` with no port or credentials. Compared field by field because
 * Node's URL reports origin `null` for schemes it does not know, unlike Chromium.
 */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
