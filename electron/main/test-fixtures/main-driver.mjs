// Runs the built main bundle (argv[2]) against fake-electron.cjs and prints one JSON report.
// Usage: node main-driver.mjs <main.cjs> <userDataDir> [app args...]
import { createRequire, registerHooks } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const fakeUrl = pathToFileURL(join(here, 'fake-electron.cjs')).href;
// Both require('electron') in main.cjs and `import electron from 'electron'` in electron-store.
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: fakeUrl, format: 'commonjs', shortCircuit: true };
    return nextResolve(specifier, context);
  },
});

const [mainPath, userData, ...appArgs] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const rec = (globalThis.__eapFake ??= {});
rec.userData = userData;
process.argv = ['electron', mainPath, ...appArgs];
// Set here, not in the child's environment, so this Node process does not act on it itself.
if (process.env.FAKE_NODE_OPTIONS) process.env.NODE_OPTIONS = process.env.FAKE_NODE_OPTIONS;

const report = { results: {} };
const finish = () => {
  report.calls = rec.calls.map(([name, ...args]) => [name, ...args]);
  process.stdout.write(`${JSON.stringify(report)}\n`);
  process.exit(0);
};

require(mainPath);
rec.exited.then((code) => {
  report.results.exitCode = code;
  finish();
});
if (rec.calls.some(([n]) => n === 'app.exit')) {
  // Refused before ready; finish() runs from the exited promise.
} else if (appArgs.includes('--cli')) {
  // CLI mode never waits for a window.
} else {
  rec.fireReady();
  await rec.loaded;
  const wc = rec.window.webContents;
  const invoke = rec.handlers['eap:invoke'];
  report.results.trusted = await invoke({ sender: wc, senderFrame: wc.mainFrame }, 'app.info', {});
  report.results.otherOrigin = await invoke(
    {
      sender: wc,
      senderFrame: { url: 'https://evil.example/', parent: null, processId: 1, routingId: 1 },
    },
    'app.info',
    {},
  );
  const page = await rec.protocolHandlers.app(new Request('app://eap/cases/42'));
  report.results.page = {
    status: page.status,
    csp: page.headers.get('content-security-policy'),
    body: await page.text(),
  };
  const nav = {
    url: 'https://example.com/',
    prevented: false,
    preventDefault: () => (nav.prevented = true),
  };
  wc.emit('will-navigate', nav);
  report.results.externalNavigationPrevented = nav.prevented;
  report.results.windowOpen = wc.windowOpenHandler?.({ url: 'https://example.com/' });
  let granted;
  rec.permission.setPermissionRequestHandler(wc, 'media', (g) => (granted = g));
  report.results.mediaGranted = granted;
  require('node:events').EventEmitter.prototype.emit.call(
    require('electron').powerMonitor,
    'suspend',
  );
  rec.window.emit('close');
  const { readFileSync } = require('node:fs');
  report.results.prefsFile = JSON.parse(readFileSync(join(userData, 'preferences.json'), 'utf8'));
  finish();
}
