// `npm start`: build the renderer and the Electron bundles, make sure the Electron binary is
// there, then run the app (unfused development build: DevTools available, not packaged).
//   npm start -- --no-build      skip both builds
//   npm start -- <args>          anything else is passed to the app (e.g. -- --cli verify)
import './guard-node.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildElectron, ROOT } from './build-electron.mjs';

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const appArgs = args.filter((a) => a !== '--no-build');

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;

/** Where the electron package put its binary, without require('electron') (that downloads). */
function electronBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const name =
      process.platform === 'win32'
        ? 'electron.exe'
        : process.platform === 'darwin'
          ? 'Electron.app/Contents/MacOS/Electron'
          : 'electron';
    const p = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, name);
    return existsSync(p) ? p : null;
  }
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const p = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(p) ? p : null;
}

function run(cmd, cmdArgs) {
  const res = spawnSync(cmd, cmdArgs, {
    stdio: 'inherit',
    cwd: ROOT,
    shell: process.platform === 'win32',
  });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

if (!skipBuild) {
  run('npm', ['run', 'build:renderer']);
  const out = await buildElectron();
  console.log(`built ${out.main}\nbuilt ${out.preload}`);
}

const mainPath = join(ROOT, 'dist', 'electron', 'main.cjs');
if (!existsSync(mainPath) || !existsSync(join(ROOT, 'dist', 'renderer', 'index.html'))) {
  console.error('dist/ is incomplete: run `npm start` without --no-build (or `npm run build`).');
  process.exit(1);
}

let binary = electronBinary();
if (!binary) {
  console.log(`The Electron ${electronVersion} binary is missing; trying to download it…`);
  spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'inherit',
    cwd: electronDir,
  });
  binary = electronBinary();
}
if (!binary) {
  console.error(
    [
      `Could not get the Electron ${electronVersion} binary (no internet access here?).`,
      'The app cannot start on this machine. Options:',
      `  - on a machine with internet: node ${join('node_modules', 'electron', 'install.js')}`,
      '  - or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron of that version',
      'Everything else (unit tests, the renderer in Chromium, the CLI via `npm run cli`) works without it.',
    ].join('\n'),
  );
  process.exit(1);
}

// ELECTRON_RUN_AS_NODE in a developer's shell would start plain Node instead of the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [mainPath, ...appArgs], { stdio: 'inherit', cwd: ROOT, env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
