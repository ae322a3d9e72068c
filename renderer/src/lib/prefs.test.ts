import { describe, expect, it, vi } from 'vitest';
import { createPrefsStore, DEFAULT_PREFS, memoryBackend, type PrefsBackend } from './prefs';

describe('prefs store', () => {
  it('starts with zh-TW and the ROC calendar', () => {
    expect(createPrefsStore(memoryBackend).get()).toEqual({ language: 'zh-TW', dateFormat: 'roc' });
    expect(DEFAULT_PREFS.language).toBe('zh-TW');
  });

  it('notifies subscribers, saves through the backend, and skips no-op sets', () => {
    const save = vi.fn(() => Promise.resolve());
    const store = createPrefsStore({ ...memoryBackend, save });
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.get().language));
    store.set('language', 'en');
    store.set('language', 'en');
    expect(seen).toEqual(['en']);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('language', 'en');
  });

  it('loads valid stored values and ignores invalid ones or a failing backend', async () => {
    const backend = (stored: Record<string, unknown>): PrefsBackend => ({
      load: () => Promise.resolve(stored),
      save: () => Promise.reject(new Error('disk')),
    });
    const a = createPrefsStore(backend({ language: 'en', dateFormat: 'gregorian' }));
    await a.load();
    expect(a.get()).toEqual({ language: 'en', dateFormat: 'gregorian' });

    const b = createPrefsStore(backend({ language: 'zh', dateFormat: 'julian' }));
    await b.load();
    expect(b.get()).toEqual(DEFAULT_PREFS);
    expect(() => b.set('language', 'en')).not.toThrow();

    const c = createPrefsStore({ ...memoryBackend, load: () => Promise.reject(new Error('x')) });
    await c.load();
    expect(c.get()).toEqual(DEFAULT_PREFS);
  });
});
