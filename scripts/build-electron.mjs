// Bundles the Electron main process and the preload with esbuild.
//   main:    electron/main/index.ts    → dist/electron/main.cjs    (native/electron deps external)
//   preload: electron/preload/index.ts → dist/electron/preload.cjs (ONE file, only 'electron'
//            external: a sandboxed preload can require nothing else)
// The preload imports CHANNELS from shared/ipc/contract; here that import is swapped for the bare
// list of names, so the preload carries no zod and no schemas. The list is read from the real
// contract at build time, so it can never drift.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(ROOT, 'dist', 'electron');
const CONTRACT = join(ROOT, 'shared', 'ipc', 'contract.ts');
const CHANNEL_NAME = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/;

/** Loads the contract (bundled in memory) and returns its channel names. */
export async function contractChannelNames() {
  const result = await build({
    entryPoints: [CONTRACT],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
  });
  const mod = { exports: {} };
  const code = result.outputFiles[0]?.text ?? '';
  new Function('module', 'exports', 'require', code)(mod, mod.exports, createRequire(CONTRACT));
  const names = Object.keys(mod.exports.contract ?? {});
  if (names.length === 0) throw new Error('build-electron: the IPC contract declares no channels');
  const bad = names.find((n) => !CHANNEL_NAME.test(n));
  if (bad !== undefined)
    throw new Error(`build-electron: unexpected channel name ${JSON.stringify(bad)}`);
  return names;
}

const channelListOnly = (names) => ({
  name: 'eap-channel-list-only',
  setup(b) {
    b.onResolve({ filter: /(^|\/)shared\/ipc\/contract$/ }, (args) => ({
      path: args.path,
      namespace: 'eap-channel-list',
    }));
    b.onLoad({ filter: /.*/, namespace: 'eap-channel-list' }, () => ({
      contents: `export const CHANNELS = Object.freeze(${JSON.stringify(names)});`,
      loader: 'js',
    }));
  },
});

export async function buildPreload({
  outfile = join(OUT_DIR, 'preload.cjs'),
  sourcemap = true,
} = {}) {
  const names = await contractChannelNames();
  const result = await build({
    entryPoints: [join(ROOT, 'electron', 'preload', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    plugins: [channelListOnly(names)],
    sourcemap: sourcemap ? 'linked' : false,
    metafile: true,
    logLevel: 'warning',
  });
  // The sandbox would fail at run time on any other require; fail the build instead.
  const fromPackages = Object.keys(result.metafile.inputs).filter((p) =>
    p.includes('node_modules'),
  );
  if (fromPackages.length > 0) {
    throw new Error(
      `build-electron: the preload must not bundle packages: ${fromPackages.join(', ')}`,
    );
  }
  return { outfile, channels: names };
}

export async function buildMain({ outfile = join(OUT_DIR, 'main.cjs'), sourcemap = true } = {}) {
  await build({
    entryPoints: [join(ROOT, 'electron', 'main', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron', 'better-sqlite3-multiple-ciphers', 'electron-store'],
    sourcemap: sourcemap ? 'linked' : false,
    logLevel: 'warning',
  });
  return { outfile };
}

export async function buildElectron() {
  const [main, preload] = await Promise.all([buildMain(), buildPreload()]);
  return { main: main.outfile, preload: preload.outfile, channels: preload.channels };
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  await import('./guard-node.mjs');
  try {
    const out = await buildElectron();
    console.log(`built ${out.main}\nbuilt ${out.preload} (${out.channels.length} channels)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
