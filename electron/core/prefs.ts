import { z } from 'zod';

/**
 * Per-user preferences: display choices only. Nothing confidential and nothing personal goes
 * here (SECURITY.md §3): the file is plain JSON in the user's profile.
 */
export const LANGUAGES = ['zh-TW', 'en'] as const;
export const DATE_FORMATS = ['roc', 'gregorian'] as const;

const boundsSchema = z.strictObject({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive().max(100_000),
  height: z.number().int().positive().max(100_000),
});

export const prefsSchemas = {
  language: z.enum(LANGUAGES),
  dateFormat: z.enum(DATE_FORMATS),
  windowBounds: boundsSchema.nullable(),
} as const;

export type Prefs = { [K in keyof typeof prefsSchemas]: z.output<(typeof prefsSchemas)[K]> };
export type PrefKey = keyof Prefs;
export const PREF_KEYS = Object.keys(prefsSchemas) as PrefKey[];

/** zh-TW and the ROC calendar are what users expect by default (ARCHITECTURE.md §4). */
export const DEFAULT_PREFS: Readonly<Prefs> = {
  language: 'zh-TW',
  dateFormat: 'roc',
  windowBounds: null,
};

/** What core and glue see; electron-store stays behind it, in electron/main/prefs.ts. */
export interface PrefsStore {
  get<K extends PrefKey>(key: K): Prefs[K];
  set<K extends PrefKey>(key: K, value: Prefs[K]): void;
}

/** Raw key/value storage underneath (electron-store, conf, a Map). */
export interface RawStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/**
 * Validates on the way in and out: a hand-edited or older file yields the default instead of a
 * crash, and nothing but the declared keys and shapes is ever written.
 */
export function createPrefsStore(raw: RawStore): PrefsStore {
  return {
    get(key) {
      const parsed = prefsSchemas[key].safeParse(raw.get(key));
      return (parsed.success ? parsed.data : DEFAULT_PREFS[key]) as Prefs[typeof key];
    },
    set(key, value) {
      if (!Object.hasOwn(prefsSchemas, key)) throw new TypeError('unknown preference');
      raw.set(key, prefsSchemas[key].parse(value));
    },
  };
}

/** For tests and the CLI: the same validation over a Map. */
export function createMemoryPrefs(
  initial: Partial<Prefs> = {},
): PrefsStore & { snapshot(): Prefs } {
  const map = new Map<string, unknown>(Object.entries(initial));
  const store = createPrefsStore({ get: (k) => map.get(k), set: (k, v) => void map.set(k, v) });
  return {
    ...store,
    snapshot: () => ({
      language: store.get('language'),
      dateFormat: store.get('dateFormat'),
      windowBounds: store.get('windowBounds'),
    }),
  };
}
