import { describe, expect, it } from 'vitest';
import { createMemoryPrefs, createPrefsStore, DEFAULT_PREFS, type RawStore } from '../core/prefs';
import { createElectronPrefs, PREFS_FILE_NAME, type prefsStoreOptions } from './prefs';

/** Stands in for electron-store, which cannot load without the Electron binary. */
class FakeStore implements RawStore {
  static lastOptions: unknown;
  readonly data = new Map<string, unknown>();
  constructor(options: typeof prefsStoreOptions) {
    FakeStore.lastOptions = options;
  }
  get(key: string): unknown {
    return this.data.get(key);
  }
  set(key: string, value: unknown): void {
    this.data.set(key, value);
  }
}

describe('preferences', () => {
  it('defaults to zh-TW and the ROC calendar', () => {
    expect(createMemoryPrefs().snapshot()).toEqual({
      language: 'zh-TW',
      dateFormat: 'roc',
      windowBounds: null,
    });
  });

  it('round-trips valid values', () => {
    const prefs = createMemoryPrefs();
    prefs.set('language', 'en');
    prefs.set('dateFormat', 'gregorian');
    prefs.set('windowBounds', { x: 10, y: 20, width: 1200, height: 800 });
    expect(prefs.snapshot()).toEqual({
      language: 'en',
      dateFormat: 'gregorian',
      windowBounds: { x: 10, y: 20, width: 1200, height: 800 },
    });
  });

  it('refuses invalid values and unknown keys on write', () => {
    const prefs = createMemoryPrefs();
    const set = prefs.set as (k: string, v: unknown) => void;
    expect(() => set('language', 'zh')).toThrow();
    expect(() => set('dateFormat', 'julian')).toThrow();
    expect(() => set('windowBounds', { width: 1, height: 1, note: 'x' })).toThrow();
    expect(() => set('lastClient', 'Chen')).toThrow();
    expect(() => set('__proto__', {})).toThrow();
    expect(prefs.snapshot()).toEqual(DEFAULT_PREFS);
  });

  it('falls back to defaults for a hand-edited or damaged file', () => {
    const raw = new Map<string, unknown>([
      ['language', 'klingon'],
      ['dateFormat', 42],
      ['windowBounds', { width: -5, height: 'big' }],
    ]);
    const prefs = createPrefsStore({ get: (k) => raw.get(k), set: (k, v) => void raw.set(k, v) });
    expect(prefs.get('language')).toBe('zh-TW');
    expect(prefs.get('dateFormat')).toBe('roc');
    expect(prefs.get('windowBounds')).toBeNull();
  });

  it('wraps an electron-store-like class with its own file name and defaults', () => {
    const prefs = createElectronPrefs(FakeStore);
    expect(FakeStore.lastOptions).toMatchObject({
      name: PREFS_FILE_NAME,
      clearInvalidConfig: true,
      defaults: DEFAULT_PREFS,
    });
    prefs.set('language', 'en');
    expect(prefs.get('language')).toBe('en');
  });
});
