import { readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, join, resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from './origin';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Sent with every response, errors included, so no page of ours is ever without a CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export const contentTypeFor = (file: string): string =>
  CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * Privileges for `app://`: standard (real origin and relative URLs), secure (a secure context,
 * like https), fetch allowed. Our module scripts are same-origin, so they need no more.
 * Deliberately not `bypassCSP`, `allowServiceWorkers` or `corsEnabled` (which would let any other
 * origin read app:// responses: Electron does not check Access-Control-Allow-Origin for custom
 * protocols). Must be registered before the app's `ready` event.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

export function registerAppScheme(protocol: {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void;
}): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

const MAX_URL_LENGTH = 2048;
const PREFIX = `${APP_SCHEME}://${APP_HOST}`;
// Encoded dot, slash, backslash and NUL: a path never needs them, and decoding them after the
// traversal check is how confined resolvers usually fail.
const ENCODED_DANGER = /%(2e|2f|5c|00)/i;
const BAD_SEGMENT_CHARS = /[\\/:*?"<>|%]/;
const hasControlChar = (s: string): boolean =>
  [...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/**
 * `app://eap/<path>` → an absolute file under rootDir, or null. Works on the raw URL text (not a
 * normalised URL) so that `..` in any spelling is refused rather than silently resolved. Paths
 * whose last segment has no extension are client-side routes and get index.html.
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return null;
  if (!isAbsolute(rootDir)) return null;
  if (url.includes('\\') || ENCODED_DANGER.test(url)) return null;
  if (url.slice(0, PREFIX.length).toLowerCase() !== PREFIX) return null;
  const rest = url.slice(PREFIX.length);
  // The host must end right here: `app://eap.evil/`, `app://eap:80/`, `app://eap@x/` are others.
  if (rest !== '' && !/^[/?#]/.test(rest)) return null;
  const rawPath = rest.split(/[?#]/, 1)[0] ?? '';

  const segments: string[] = [];
  const parts = rawPath === '' || rawPath === '/' ? [] : rawPath.slice(1).split('/');
  for (const [i, raw] of parts.entries()) {
    // A trailing slash is a route (`/cases/`); any other empty segment (`//`) is refused.
    if (raw === '' && i === parts.length - 1) break;
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // Dot-segments and hidden files, colons (drive letters, Windows streams), separators.
    if (seg === '' || seg.startsWith('.') || BAD_SEGMENT_CHARS.test(seg) || hasControlChar(seg)) {
      return null;
    }
    segments.push(seg);
  }

  const last = segments.at(-1);
  const isRoute = last === undefined || extname(last) === '' || rawPath.endsWith('/');
  const root = resolve(rootDir);
  const file = isRoute ? join(root, 'index.html') : join(root, ...segments);
  return file.startsWith(root + sep) ? file : null;
}

export interface AppProtocolDeps {
  readonly rootDir: string;
  readonly readFile?: (file: string) => Promise<Uint8Array<ArrayBuffer>>;
  /** Resolves symlinks, so a link inside dist cannot point outside it. */
  readonly realpath?: (file: string) => Promise<string>;
}

const respond = (status: number, body: BodyInit | null, contentType?: string): Response =>
  new Response(body, {
    status,
    headers: {
      ...SECURITY_HEADERS,
      ...(contentType
        ? { 'Content-Type': contentType }
        : { 'Content-Type': 'text/plain; charset=utf-8' }),
    },
  });

/** The `protocol.handle('app', …)` handler: confined, read-only, GET/HEAD only. */
export function createAppProtocolHandler(
  deps: AppProtocolDeps,
): (request: Request) => Promise<Response> {
  const read = deps.readFile ?? ((f: string) => readFile(f));
  const real = deps.realpath ?? ((f: string) => realpath(f));
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null);
    const file = resolveAppPath(deps.rootDir, request.url);
    if (!file) return respond(404, null);
    try {
      const [realRoot, realFile] = await Promise.all([real(resolve(deps.rootDir)), real(file)]);
      if (!realFile.startsWith(realRoot + sep)) return respond(404, null);
      const body = await read(realFile);
      return respond(200, request.method === 'HEAD' ? null : body, contentTypeFor(file));
    } catch {
      return respond(404, null);
    }
  };
}

export function registerAppProtocol(
  protocol: { handle(scheme: string, handler: (request: Request) => Promise<Response>): void },
  rootDir: string,
): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir }));
}
