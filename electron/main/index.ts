import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  protocol,
  screen,
  session,
} from 'electron';
import { createAppCore, type AppCore } from '../core/app-core';
import { cliArgs, runCliMode, type CliIo, type RunCli } from './cli-mode';
import { resolveDataDir } from './data-dir';
import { watchSystemLock } from './idle-and-power';
import { forwardCoreEvents, registerIpcBridge, type BridgeContents } from './ipc-bridge';
import { menuTemplate } from './menu';
import { denyPermissions, guardNavigation } from './navigation';
import { APP_START_URL } from './origin';
import { createElectronPrefs } from './prefs';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { checkSwitches } from './switches';
import { createMainWindow, saveBoundsOnClose } from './window';

// main.cjs and preload.cjs are built into dist/electron, the renderer into dist/renderer.
const RENDERER_DIR = join(__dirname, '..', 'renderer');
const PRELOAD_PATH = join(__dirname, 'preload.cjs');
const APP_USER_MODEL_ID = 'tw.gov.eap.desk';

const START_FAILED =
  'EAP Desk 無法啟動，請洽系統管理者。\nEAP Desk could not start. Please contact your administrator.';

const devTools = !app.isPackaged && process.env['NODE_ENV'] !== 'production';

function fail(message: string, code: number): void {
  process.stderr.write(`${message}\n`);
  // Safe before `ready` (on Linux it prints to stderr instead of a dialog).
  dialog.showErrorBox('EAP Desk', message);
  app.exit(code);
}

/** The CLI runs on the process's own streams (it reads passphrases from stdin). */
const loadCli = async (): Promise<RunCli | null> => {
  const { runCli } = await import('../cli/run');
  return (argv) =>
    runCli(argv, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
};

function startCli(args: readonly string[]): void {
  app.dock?.hide();
  const io: CliIo = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
  void runCliMode(args, loadCli, io).then((code) => app.exit(code));
}

function startGui(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.setAppUserModelId(APP_USER_MODEL_ID);

  let win: BrowserWindow | null = null;
  let core: AppCore | null = null;
  const contents = (): BridgeContents | null =>
    win && !win.isDestroyed() ? win.webContents : null;

  // Every WebContents, including any we did not mean to create, gets the same guards.
  app.on('web-contents-created', (_event, created) => guardNavigation(created));
  app.on('second-instance', () => {
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  // Quit on every platform when the window closes: nothing should stay resident with keys.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core?.close());

  app
    .whenReady()
    .then(async () => {
      denyPermissions(session.defaultSession);
      registerAppProtocol(protocol, RENDERER_DIR);
      core = createAppCore({ dataDir: resolveDataDir() });
      // A real ESM import on purpose: electron-store is ESM-only and external to the bundle, and
      // esbuild's CommonJS interop for a static import would hand us its namespace, not the class.
      const { default: Store } = await import('electron-store');
      const prefs = createElectronPrefs(Store);

      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          menuTemplate({ language: prefs.get('language'), platform: process.platform, devTools }),
        ),
      );
      win = createMainWindow(BrowserWindow, {
        preloadPath: PRELOAD_PATH,
        devTools,
        bounds: prefs.get('windowBounds'),
        workAreas: screen.getAllDisplays().map((d) => d.workArea),
      });
      saveBoundsOnClose(win, (bounds) => prefs.set('windowBounds', bounds));
      win.on('closed', () => {
        win = null;
      });

      registerIpcBridge(ipcMain, core.dispatch, contents);
      forwardCoreEvents(core.events, contents);
      // OS lock and suspend lock the app too (drafts are already saved; keys are dropped).
      watchSystemLock(powerMonitor, () => core?.lock('system'));

      await win.loadURL(APP_START_URL);
    })
    .catch((error: unknown) => {
      process.stderr.write(
        `start-up failed: ${error instanceof Error ? error.message : 'unknown'}\n`,
      );
      fail(START_FAILED, 1);
    });
}

// Playwright's _electron needs --inspect and --remote-debugging-port. Allowed only for an
// unpackaged development run that asks for it; a packaged app ignores the variable.
const allowDebugSwitches = !app.isPackaged && process.env['EAP_DESK_ALLOW_DEBUG_SWITCHES'] === '1';
// NODE_OPTIONS too: release builds ignore it (fuse), development builds would honour --inspect.
const startArgs = [...process.argv, ...(process.env['NODE_OPTIONS'] ?? '').split(/\s+/)];
const refusal = allowDebugSwitches ? null : checkSwitches(startArgs);
if (refusal) {
  fail(refusal.message, 2);
} else {
  // Both must happen before `ready`: scheme privileges and the global sandbox are start-up only.
  registerAppScheme(protocol);
  app.enableSandbox();
  const args = cliArgs(process.argv);
  if (args) startCli(args);
  else startGui();
}
