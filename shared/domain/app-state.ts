/** The states the application core can be in; each IPC channel declares where it may run. */
export const APP_STATES = ['uninitialised', 'locked', 'unlocked', 'readOnly'] as const;
export type AppState = (typeof APP_STATES)[number];

/**
 * Account roles (DOMAIN.md). Clinical supervision is a flag on a counsellor account, not a role.
 * `statistics` readers only ever open the statistics store.
 */
export const ROLES = ['desk', 'counsellor', 'statistics', 'admin'] as const;
export type Role = (typeof ROLES)[number];
