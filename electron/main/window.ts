import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

/** Never clinical or personal text: the title shows in the taskbar, Alt+Tab and screen shares. */
export const WINDOW_TITLE = 'EAP Desk';
export const MIN_WIDTH = 1024;
export const MIN_HEIGHT = 640;
const DEFAULT_WIDTH = 1280;
const DEFAULT_HEIGHT = 800;

export interface SavedBounds {
  readonly x?: number | undefined;
  readonly y?: number | undefined;
  readonly width: number;
  readonly height: number;
}

export interface WindowOptionsInput {
  readonly preloadPath: string;
  /** Only for unpackaged development builds; production never opens DevTools. */
  readonly devTools: boolean;
  readonly bounds?: SavedBounds | null;
  /** Work areas of the connected displays, so a window saved on an unplugged monitor reappears. */
  readonly workAreas?: readonly Rectangle[];
}

export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...restoreBounds(input.bounds ?? null, input.workAreas ?? []),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: WINDOW_TITLE,
    // Shown on ready-to-show so a half-painted window never flashes.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      // The spellchecker sends words to a dictionary service on some platforms and keeps a
      // custom-word list on disk: neither may see case text.
      spellcheck: false,
      safeDialogs: true,
      // A middle click would open a link in a new window, around the window-open handler.
      disableBlinkFeatures: 'Auxclick',
      devTools: input.devTools,
    },
  };
}

/** Width and height from the saved bounds; x/y only if that spot is still on a display. */
export function restoreBounds(
  saved: SavedBounds | null,
  workAreas: readonly Rectangle[],
): { width: number; height: number; x?: number; y?: number } {
  if (!saved || !validSize(saved.width) || !validSize(saved.height)) {
    return { width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT };
  }
  const width = Math.max(MIN_WIDTH, Math.round(saved.width));
  const height = Math.max(MIN_HEIGHT, Math.round(saved.height));
  const { x, y } = saved;
  if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) {
    return { width, height };
  }
  const onScreen = workAreas.some(
    (a) => x >= a.x && y >= a.y && x + 100 <= a.x + a.width && y + 50 <= a.y + a.height,
  );
  return onScreen ? { width, height, x: Math.round(x), y: Math.round(y) } : { width, height };
}

const validSize = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;

/** The parts of a BrowserWindow the factory touches; a real BrowserWindow satisfies it. */
export interface WindowLike {
  on(event: 'page-title-updated', listener: (event: { preventDefault(): void }) => void): unknown;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
}

export type WindowConstructor<W extends WindowLike> = new (
  options: BrowserWindowConstructorOptions,
) => W;

/** The one window factory: every window of the app goes through these options. */
export function createMainWindow<W extends WindowLike>(
  BrowserWindow: WindowConstructor<W>,
  input: WindowOptionsInput,
): W {
  const { webPreferences, ...frame } = windowOptions(input);
  // The isolation switches are repeated at the constructor so a reader (and Electronegativity's
  // static check, scripts/electronegativity-gate.mjs) sees them where the window is made.
  const win = new BrowserWindow({
    ...frame,
    webPreferences: {
      ...webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  // A page's <title> would otherwise become the OS window title; it might one day hold a name.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  return win;
}

/** Remembers size and place (never content) for the next start. */
export function saveBoundsOnClose(
  win: { on(event: 'close', listener: () => void): unknown; getNormalBounds(): Rectangle },
  save: (bounds: SavedBounds) => void,
): void {
  win.on('close', () => {
    try {
      const { x, y, width, height } = win.getNormalBounds();
      save({ x, y, width, height });
    } catch {
      // Losing the window position must never block closing the app.
    }
  });
}
