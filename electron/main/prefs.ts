import type { Options } from 'electron-store';
import { createPrefsStore, DEFAULT_PREFS, type PrefsStore, type RawStore } from '../core/prefs';

/** electron-store's file name (in the user's profile): preferences only, never case data. */
export const PREFS_FILE_NAME = 'preferences';

export const prefsStoreOptions: Options<Record<string, unknown>> = {
  name: PREFS_FILE_NAME,
  defaults: { ...DEFAULT_PREFS },
  // A damaged preferences file is reset rather than blocking start-up: it holds nothing of value.
  clearInvalidConfig: true,
};

/**
 * electron-store behind the core's PrefsStore interface. The constructor is passed in because
 * electron-store imports `electron` at load time, which unit tests cannot do.
 */
export function createElectronPrefs(
  Store: new (options: Options<Record<string, unknown>>) => RawStore,
): PrefsStore {
  return createPrefsStore(new Store(prefsStoreOptions));
}
