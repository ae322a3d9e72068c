import type { ErrorCode } from '../../shared/ipc/envelope';

/**
 * English messages for the CLI (an administrator's tool; the app itself shows the i18n catalogs).
 * Each failure class has its own exit code so scripts can tell them apart.
 */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  auditProblem: 20,
  damaged: 21,
} as const;

export const EXIT_BY_CODE: Readonly<Partial<Record<ErrorCode, number>>> = {
  WRONG_PASSPHRASE: 3,
  ACCOUNT_LOCKED: 4,
  KEYFILE_MISSING: 5,
  KEYFILE_MISMATCH: 6,
  DB_DAMAGED: 7,
  DB_TOO_NEW: 8,
  NOT_INITIALISED: 9,
  ALREADY_INITIALISED: 10,
  UNSUPPORTED_LOCATION: 11,
  DISK_FULL: 12,
  VALIDATION: 13,
  FORBIDDEN: 14,
  CONFLICT: 15,
  READ_ONLY: 16,
};

export const MESSAGES: Readonly<Record<string, string>> = {
  'errors.wrongPassphrase': 'Wrong username or passphrase.',
  'errors.accountLocked':
    'This account is locked after too many failed attempts. Try again after {until}, or ask an administrator to lift the lock.',
  'errors.keyfileMissing':
    'The key file (eap-desk.keys.json) is missing but the database is there. Put the key file back, or restore a backup.',
  'errors.keyfileUnreadable':
    'The key file cannot be read (damaged or from a newer version). Put a good copy back, or restore a backup.',
  'errors.keyfileMismatch':
    "The key file belongs to another database. Put this database's key file back, or restore a backup.",
  'errors.keyfileTampered':
    'The key file does not match its seal: it was changed outside EAP Desk. Restore a backup or put a good copy back.',
  'errors.dbDamaged': 'The database is damaged and cannot be opened. Restore a backup.',
  'errors.dbDamagedReadOnly': 'The database is damaged. It was opened read-only; restore a backup.',
  'errors.dbMissing':
    'The database file is missing although its key file is there. Restore a backup.',
  'errors.statsMissing': 'The statistics store is missing. Restore a backup.',
  'errors.dbTooNew':
    'This database was written by a newer version of EAP Desk (schema {found}; this version knows {supported}). Update the app.',
  'errors.notInitialised': 'There is no EAP Desk data in this folder.',
  'errors.alreadyInitialised': 'This folder already holds EAP Desk data; nothing was changed.',
  'errors.unsupportedLocation':
    'This folder is on a network share or in a cloud-synced folder ({reason}). Choose a folder on a local disk.',
  'errors.diskFull': 'The disk is full. Nothing was changed; free some space and try again.',
  'errors.validation': 'Some input is not valid.',
  'errors.passphraseTooShort': 'The passphrase needs at least {min} characters.',
  'errors.passphraseTooCommon': 'This passphrase is too common or too easy to guess.',
  'errors.passphraseUnchanged': 'The new passphrase must differ from the old one.',
  'errors.usernameInvalid':
    'The username must be 1–64 characters, without leading or trailing spaces or control characters.',
  'errors.usernameTaken': 'This username is already taken.',
  'errors.wrongRecoveryCode': 'The recovery code is wrong.',
  'errors.wrongEscrowCode': 'The clinical escrow code is wrong.',
  'errors.noDatabaseAccess': 'This account has not been given access to the database yet.',
  'errors.keyNotHeld': 'This account does not hold the key this needs.',
  'errors.restoreNeedsDatabaseKey':
    'Only an administrator of the day of the backup (or the recovery code) can restore it.',
  'errors.backupUnreadable': 'This folder is not a readable EAP Desk backup.',
  'errors.backupTampered':
    "The backup's manifest or key slots were changed after it was made. Nothing was restored.",
  'errors.backupDamaged':
    'The backup is damaged (a file does not match its recorded checksum or counts). Nothing was restored.',
  'errors.backupSourceDamaged':
    'The database failed its integrity check, so no backup was made. Restore a backup instead.',
  'errors.copyDamaged': 'The copy failed verification; nothing was kept.',
  'errors.forbidden': 'This account may not do that.',
  'errors.conflict': 'That conflicts with the current state.',
  'errors.readOnly': 'The vault is read-only because the database is damaged.',
  'errors.internal': 'Unexpected error.',
  'errors.passphraseChangeRequired':
    'This account must replace its first passphrase in the app before it can do this.',
  'errors.notOfficeDatabase':
    'This database is not the office database, so it cannot number cases.',
  'errors.seedHasCases':
    'This database already holds cases, so no synthetic data was added. Use --force to add it anyway.',
  'errors.seedNeedsReference': 'The starting reference lists are missing; finish the setup first.',
  'errors.seedNeedsStaff': 'Synthetic data needs at least one service-desk account.',
};

export function formatMessage(
  key: string,
  params?: Readonly<Record<string, string | number>>,
): string {
  const template = MESSAGES[key] ?? `${key}`;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`));
}
