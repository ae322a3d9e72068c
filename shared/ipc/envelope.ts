/**
 * The one result shape every IPC call returns. Errors carry an i18n key (never prose, never a
 * stack trace, never row data) so the renderer can show them in the user's language, and
 * per-field issues so a form can put each message beside its field.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_INITIALISED',
  'ALREADY_INITIALISED',
  'UNAUTHENTICATED',
  'WRONG_PASSPHRASE',
  'ACCOUNT_LOCKED',
  'SESSION_LOCKED',
  'PASSPHRASE_CHANGE_REQUIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'KEYFILE_MISSING',
  'KEYFILE_MISMATCH',
  'DB_DAMAGED',
  'DB_TOO_NEW',
  'READ_ONLY',
  'UNSUPPORTED_LOCATION',
  'DISK_FULL',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Values substituted into a message; plain scalars only, so nothing rich leaks through. */
export type MessageParams = Readonly<Record<string, string | number>>;

export interface FieldIssue {
  /** Path into the input, e.g. ['client', 'birthYear']. */
  readonly path: readonly (string | number)[];
  readonly key: string;
  readonly params?: MessageParams;
}

export interface IpcError {
  readonly code: ErrorCode;
  readonly key: string;
  readonly params?: MessageParams;
  readonly issues?: readonly FieldIssue[];
}

export type Envelope<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

/** The default message key for each code; a thrower may name a more specific one. */
export const DEFAULT_ERROR_KEYS: Readonly<Record<ErrorCode, string>> = {
  VALIDATION: 'errors.validation',
  NOT_INITIALISED: 'errors.notInitialised',
  ALREADY_INITIALISED: 'errors.alreadyInitialised',
  UNAUTHENTICATED: 'errors.unauthenticated',
  WRONG_PASSPHRASE: 'errors.wrongPassphrase',
  ACCOUNT_LOCKED: 'errors.accountLocked',
  SESSION_LOCKED: 'errors.sessionLocked',
  PASSPHRASE_CHANGE_REQUIRED: 'errors.passphraseChangeRequired',
  FORBIDDEN: 'errors.forbidden',
  NOT_FOUND: 'errors.notFound',
  CONFLICT: 'errors.conflict',
  KEYFILE_MISSING: 'errors.keyfileMissing',
  KEYFILE_MISMATCH: 'errors.keyfileMismatch',
  DB_DAMAGED: 'errors.dbDamaged',
  DB_TOO_NEW: 'errors.dbTooNew',
  READ_ONLY: 'errors.readOnly',
  UNSUPPORTED_LOCATION: 'errors.unsupportedLocation',
  DISK_FULL: 'errors.diskFull',
  INTERNAL: 'errors.internal',
};
