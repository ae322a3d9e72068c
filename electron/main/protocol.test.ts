import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  createAppProtocolHandler,
  CSP,
  registerAppProtocol,
  registerAppScheme,
  resolveAppPath,
} from './protocol';

const ROOT = '/srv/eap/dist/renderer';

describe('resolveAppPath', () => {
  it('maps app://eap files under the root', () => {
    expect(resolveAppPath(ROOT, 'app://eap/index.html')).toBe(`${ROOT}/index.html`);
    expect(resolveAppPath(ROOT, 'app://eap/assets/index-abc123.js')).toBe(
      `${ROOT}/assets/index-abc123.js`,
    );
    expect(resolveAppPath(ROOT, 'app://eap/assets/app.css?v=2#x')).toBe(`${ROOT}/assets/app.css`);
    expect(resolveAppPath(ROOT, 'app://eap/fonts/%E6%A5%B7.woff2')).toBe(`${ROOT}/fonts/楷.woff2`);
  });

  it('serves index.html for client-side routes (SPA fallback)', () => {
    for (const url of [
      'app://eap',
      'app://eap/',
      'app://eap/cases',
      'app://eap/cases/',
      'app://eap/cases/0b9e5b7e-2f57-4a4e-9c1d-1f0c8a7b6d5e',
      'app://eap/reports/quarterly?year=114',
    ]) {
      expect(resolveAppPath(ROOT, url), url).toBe(`${ROOT}/index.html`);
    }
  });

  it.each([
    'app://eap/../secret.txt',
    'app://eap/assets/../../etc/passwd',
    'app://eap/./index.html',
    'app://eap/%2e%2e/secret.txt',
    'app://eap/%2E%2E/secret.txt',
    'app://eap/.%2e/secret.txt',
    'app://eap/assets%2f..%2f..%2fsecret.txt',
    'app://eap/assets%2Fapp.js',
    'app://eap/%5c..%5csecret.txt',
    'app://eap/..\\..\\secret.txt',
    'app://eap/assets\\app.js',
    'app://eap/%00.js',
    'app://eap//etc/passwd',
    'app://eap/C:/Windows/win.ini',
    'app://eap/C%3A/Windows/win.ini',
    'app://eap/index.html:stream.js',
    'app://eap/.env',
    'app://eap/%252e%252e/secret.txt',
    'app://eap/%E0%A4%A.js',
    'app://evil/index.html',
    'app://eap.evil/index.html',
    'app://eap:8080/index.html',
    'app://user@eap/index.html',
    'app:///etc/passwd',
    'app:/etc/passwd',
    'file:///etc/passwd',
    'https://eap/index.html',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    '',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });

  it('refuses a relative root and very long URLs', () => {
    expect(resolveAppPath('dist/renderer', 'app://eap/index.html')).toBeNull();
    expect(resolveAppPath(ROOT, `app://eap/${'a'.repeat(5000)}.js`)).toBeNull();
  });

  it('always stays inside the root (property)', () => {
    const piece = fc.constantFrom(
      'a',
      '.',
      '..',
      '/',
      '//',
      '%2e',
      '%2E',
      '%2f',
      '%5c',
      '\\',
      '%',
      '%25',
      ':',
      'b.js',
      '~',
      '?',
      '#',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const out = resolveAppPath(ROOT, `app://eap/${pieces.join('')}`);
        return out === null || out.startsWith(`${ROOT}/`);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('scheme registration', () => {
  it('registers app:// as standard, secure and fetch-capable, without bypassing CSP', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('handles the app scheme', () => {
    const handle = vi.fn();
    registerAppProtocol({ handle }, ROOT);
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('protocol handler', () => {
  let dir: string;
  let root: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'eap-protocol-'));
    root = join(dir, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>EAP Desk</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
    writeFileSync(join(dir, 'secret.txt'), 'outside');
    symlinkSync(join(dir, 'secret.txt'), join(root, 'assets', 'link.js'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const get = (url: string, method = 'GET'): Promise<Response> =>
    createAppProtocolHandler({ rootDir: root })(new Request(url, { method }));

  it('serves files with their content type and the CSP', async () => {
    const res = await get('app://eap/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe('console.log(1)');
    expect((await get('app://eap/assets/app.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
  });

  it('serves index.html for routes', async () => {
    const res = await get('app://eap/cases/123');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('EAP Desk');
  });

  it('answers 404 with the CSP for missing, traversal and symlinked-out files', async () => {
    for (const url of [
      'app://eap/assets/missing.js',
      'app://eap/%2e%2e/secret.txt',
      'app://eap/assets/link.js',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-security-policy')).toBe(CSP);
      expect(await res.text()).toBe('');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await get('app://eap/index.html', 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    const head = await get('app://eap/index.html', 'HEAD');
    expect(head.status).toBe(200);
  });

  it('has the exact CSP from the spec', () => {
    expect(CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; " +
        "form-action 'none'",
    );
  });

  it('knows the usual content types', () => {
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.SVG')).toBe('image/svg+xml');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
