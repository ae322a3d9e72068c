import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  createMainWindow,
  MIN_HEIGHT,
  MIN_WIDTH,
  restoreBounds,
  saveBoundsOnClose,
  windowOptions,
  WINDOW_TITLE,
} from './window';

class FakeWindow {
  static last: FakeWindow | null = null;
  readonly handlers = new Map<string, ((event: { preventDefault(): void }) => void)[]>();
  shown = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeWindow.last = this;
  }
  on(event: string, listener: (event: { preventDefault(): void }) => void): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: () => void): this {
    return this.on(event, listener);
  }
  show(): void {
    this.shown = true;
  }
  emit(event: string): { prevented: boolean } {
    const e = { prevented: false, preventDefault: () => (e.prevented = true) };
    for (const h of this.handlers.get(event) ?? []) h(e);
    return e;
  }
}

describe('window factory', () => {
  it('locks down webPreferences', () => {
    const opts = windowOptions({ preloadPath: '/app/preload.cjs', devTools: false });
    expect(opts.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
    expect(opts.title).toBe('EAP Desk');
    expect(opts.minWidth).toBe(MIN_WIDTH);
    expect(opts.minHeight).toBe(MIN_HEIGHT);
    expect(opts.show).toBe(false);
  });

  it('allows DevTools only when asked (development builds)', () => {
    expect(windowOptions({ preloadPath: '/p', devTools: true }).webPreferences?.devTools).toBe(
      true,
    );
  });

  it('creates the window, keeps the fixed title and shows it when ready', () => {
    const win = createMainWindow(FakeWindow, { preloadPath: '/p', devTools: false });
    expect(win).toBe(FakeWindow.last);
    expect(win.options.title).toBe(WINDOW_TITLE);
    // The constructor gets every locked-down preference, not only the ones it repeats.
    expect(win.options.webPreferences).toEqual(
      windowOptions({ preloadPath: '/p', devTools: false }).webPreferences,
    );
    expect(win.emit('page-title-updated').prevented).toBe(true);
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });
});

describe('window bounds', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

  it('uses defaults without saved bounds or with nonsense', () => {
    expect(restoreBounds(null, screen)).toEqual({ width: 1280, height: 800 });
    expect(restoreBounds({ width: Number.NaN, height: 5 }, screen)).toEqual({
      width: 1280,
      height: 800,
    });
  });

  it('never goes below the minimum size', () => {
    expect(restoreBounds({ width: 10, height: 10 }, screen)).toEqual({
      width: MIN_WIDTH,
      height: MIN_HEIGHT,
    });
  });

  it('restores the position only when it is still on a display', () => {
    expect(restoreBounds({ x: 100, y: 50, width: 1300, height: 900 }, screen)).toEqual({
      x: 100,
      y: 50,
      width: 1300,
      height: 900,
    });
    expect(restoreBounds({ x: 4000, y: 50, width: 1300, height: 900 }, screen)).toEqual({
      width: 1300,
      height: 900,
    });
  });

  it('saves the normal bounds on close and never throws', () => {
    const listeners: (() => void)[] = [];
    const save = vi.fn();
    saveBoundsOnClose(
      {
        on: (_e, l) => listeners.push(l),
        getNormalBounds: () => ({ x: 1, y: 2, width: 1200, height: 700 }),
      },
      save,
    );
    listeners.forEach((l) => l());
    expect(save).toHaveBeenCalledWith({ x: 1, y: 2, width: 1200, height: 700 });

    const broken: (() => void)[] = [];
    saveBoundsOnClose(
      {
        on: (_e, l) => broken.push(l),
        getNormalBounds: () => {
          throw new Error('destroyed');
        },
      },
      save,
    );
    expect(() => broken.forEach((l) => l())).not.toThrow();
  });
});
