import { useSyncExternalStore } from 'react';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../../shared/i18n/index';
import type { DateDisplay } from '../../../shared/format/roc-date';

/**
 * Display preferences (language, calendar). Never web storage (SECURITY.md §3): for now they
 * live in memory; a `PrefsBackend` over IPC (main's prefs store) slots in without touching
 * callers. Names match electron/core/prefs.ts.
 */
export interface Prefs {
  readonly language: Language;
  readonly dateFormat: DateDisplay;
}

export const DEFAULT_PREFS: Prefs = { language: DEFAULT_LANGUAGE, dateFormat: 'roc' };

/** Where preferences persist. Failures are tolerated: a preference is never worth an error. */
export interface PrefsBackend {
  load(): Promise<Partial<Record<keyof Prefs, unknown>>>;
  save<K extends keyof Prefs>(key: K, value: Prefs[K]): Promise<void>;
}

export const memoryBackend: PrefsBackend = {
  load: () => Promise.resolve({}),
  save: () => Promise.resolve(),
};

// Function-typed properties, not methods: `store.get` is handed to useSyncExternalStore unbound.
export interface PrefsStore {
  readonly get: () => Prefs;
  readonly set: <K extends keyof Prefs>(key: K, value: Prefs[K]) => void;
  readonly subscribe: (listener: () => void) => () => void;
  /** Reads the backend once at start; unknown or invalid values keep the default. */
  readonly load: () => Promise<void>;
}

export function createPrefsStore(backend: PrefsBackend): PrefsStore {
  let current = DEFAULT_PREFS;
  const listeners = new Set<() => void>();
  const publish = (next: Prefs): void => {
    current = next;
    for (const l of listeners) l();
  };
  return {
    get: () => current,
    set: (key, value) => {
      if (current[key] === value) return;
      publish({ ...current, [key]: value });
      backend.save(key, value).catch(() => undefined);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load: async () => {
      const empty: Partial<Record<keyof Prefs, unknown>> = {};
      const stored = await backend.load().catch(() => empty);
      publish({
        language: isLanguage(stored.language) ? stored.language : current.language,
        dateFormat:
          stored.dateFormat === 'roc' || stored.dateFormat === 'gregorian'
            ? stored.dateFormat
            : current.dateFormat,
      });
    },
  };
}

export const prefs: PrefsStore = createPrefsStore(memoryBackend);

export function usePrefs(store: PrefsStore = prefs): Prefs {
  return useSyncExternalStore(store.subscribe, store.get);
}
