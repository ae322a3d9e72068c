import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// import.meta.dirname rather than node:path, which lint keeps out of renderer/.
const root = import.meta.dirname;
const outDir = `${import.meta.dirname}/../dist/renderer`;

/**
 * The dev server needs an inline React Refresh preamble and a websocket, which the strict CSP in
 * index.html forbids. Relax it for `vite serve` only; builds keep the strict policy.
 */
const devCsp = (): Plugin => ({
  name: 'eap-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws://127.0.0.1:*"),
});

export default defineConfig({
  root,
  // Relative asset URLs: the same build loads from app://eap/ in Electron and 127.0.0.1 in tests.
  base: './',
  plugins: [react(), devCsp()],
  build: {
    outDir,
    emptyOutDir: true,
    // Inlined data: assets would need a looser CSP (fonts, scripts); keep every asset a file.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
  server: { host: '127.0.0.1', port: 4516, strictPort: true },
  preview: { host: '127.0.0.1', port: 4517, strictPort: true },
});
