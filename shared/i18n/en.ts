import type { MessageKey } from './zh-TW';

/**
 * English, the complete second language. Typed against the zh-TW keys, so a missing or extra key
 * fails the build; `npm run i18n:check` also compares the `{{…}}` names and refuses empty text.
 */
export const en: Record<MessageKey, string> = {
  'app.name': 'EAP Desk',
  'app.subtitle': 'Employee Assistance Programme case management',
  'shell.skipToContent': 'Skip to main content',
  'shell.nav.label': 'Main menu',
  'shell.nav.system': 'System',
  'shell.language.label': 'Language',
  'shell.localOnly': 'Data stays on this computer',

  'nav.about': 'About this system',

  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.required': 'required',
  'common.reload': 'Reload',

  'appState.uninitialised': 'Uninitialised',
  'appState.locked': 'Locked',
  'appState.unlocked': 'In use',
  'appState.readOnly': 'Read-only',

  'about.title': 'About this system',
  'about.description':
    'The EAP Desk version on this computer, its state and where its data is kept; include these when you report a problem.',
  'about.name': 'Product',
  'about.version': 'Version',
  'about.state': 'State',
  'about.dataDir': 'Data folder',
  'about.schemaVersion': 'Database schema version',
  'about.schemaVersion.none': 'No database yet',
  'about.loadFailed': 'Could not load the system information',

  'notFound.title': 'Page not found',
  'notFound.description':
    'This page does not exist or is not available yet. Choose where to go from the menu on the left.',
  'notFound.back': 'Back to About this system',
  'crash.title': 'Something went wrong on this page',
  'crash.description':
    'Saved data is not affected. Reload the page; if it happens again, tell your administrator when it happened and what you were doing.',

  'errors.validation':
    'Some fields need correcting. Follow the note beside each field, then save again.',
  'errors.notInitialised':
    'EAP Desk has not been set up yet. Ask your administrator to complete the setup first.',
  'errors.alreadyInitialised':
    'EAP Desk is already set up and cannot be set up again. Ask your administrator if it needs to be reset.',
  'errors.unauthenticated': 'Please sign in to continue.',
  'errors.wrongPassphrase':
    'The passphrase is not correct. Check the input method and Caps Lock, then try again.',
  'errors.accountLocked':
    'This account is locked for a while after too many failed sign-ins. Try again later, or ask your administrator to unlock it.',
  'errors.sessionLocked': 'The screen is locked. Enter your passphrase to continue.',
  'errors.passphraseChangeRequired': 'Please change your first passphrase before you continue.',
  'errors.forbidden':
    'Your role does not allow this. Ask your administrator if you need to use it.',
  'errors.notFound':
    'This record was not found; it may have been deleted or merged. Refresh the list and try again.',
  'errors.conflict':
    'Someone else has just changed this record. Refresh it and edit again; what you typed is still on the screen.',
  'errors.keyfileMissing':
    'The key file is missing. Make sure it is in the same folder as the database, or ask your administrator to restore it from a backup.',
  'errors.keyfileMismatch':
    'The key file does not belong to this database (it may be from another copy). Put back the key file of this database.',
  'errors.dbDamaged':
    'The database file cannot be read or is damaged. Do not delete any files; ask your administrator to restore from a backup.',
  'errors.dbTooNew':
    'This data was created by a newer version of EAP Desk. Update this program to the same version or later first.',
  'errors.readOnly':
    'EAP Desk is in read-only mode and cannot change data. Ask your administrator if you need to.',
  'errors.unsupportedLocation':
    'Data cannot be kept here (for example a network drive or a cloud-synced folder). Choose a folder on a local disk.',
  'errors.diskFull':
    'The disk is full and nothing was saved. Free some space and try again; what you typed is still on the screen.',
  'errors.internal':
    'An internal error occurred. Please try again; if it keeps happening, ask your administrator.',
  'errors.inputShape':
    'The data sent was too large or malformed. Refresh the page and try again; if it keeps happening, ask your administrator.',
  'errors.unknownChannel':
    'Parts of EAP Desk do not match in version. Restart EAP Desk; if it keeps happening, ask your administrator.',
  'errors.wrongState':
    'EAP Desk cannot do this in its current state. Refresh the page and try again.',

  'errors.dbMissing':
    'The database file is missing. Check that the data folder is the right one, or ask your administrator to restore from a backup; do not set up again.',
  'errors.statsMissing':
    'The statistics database file is missing. Ask your administrator to restore it from a backup.',
  'errors.dbDamagedReadOnly':
    'Part of the database is damaged, so EAP Desk opened it read-only to protect the data. Do not delete any files; ask your administrator to restore from a backup.',
  'errors.dbSettings':
    'The database safety settings check failed, so EAP Desk stopped to protect the data. Restart EAP Desk; if it keeps happening, ask your administrator.',
  'errors.migrationForeignKeys':
    'Updating the database found inconsistent data, so the update was rolled back. Ask your administrator.',
  'errors.copyNotEncrypted':
    'The backup copy was not encrypted, so it was stopped to keep data from leaking. Ask your administrator.',
  'errors.copyDamaged':
    'The backup copy failed its check (it may be damaged). Check the disk space and health, then back up again.',
  'errors.keyfileUnreadable':
    'The key file cannot be read (another program may be using it, or it is damaged). Close other programs and try again, or ask your administrator to restore it from a backup.',
  'errors.keyfileTampered':
    'The key file has been altered or does not belong to this database, so it was not opened, to protect the data. Ask your administrator to restore the key file from a backup.',
  'errors.keyfileChanged':
    'The key file was just changed by another operation. Please do it again.',
  'errors.rotationVerifyFailed':
    'Checking the database after changing its key failed, so the old key was kept and the data is unaffected. Ask your administrator.',
  'errors.keyNotHeld':
    'Your account does not hold the key this needs. Ask an administrator who holds it to do it.',
  'errors.noDatabaseAccess':
    'Your account has no access to this data. Ask your administrator if you need it.',
  'errors.wrongRecoveryCode':
    'The recovery code is not correct. Check it character by character and try again.',
  'errors.wrongEscrowCode':
    'The clinical escrow code is not correct. Check it character by character and try again.',
  'errors.passphraseTooShort':
    'Use at least 12 characters (Chinese characters count too); a memorable sentence works well.',
  'errors.passphraseTooCommon':
    'This passphrase is too common or easy to guess. Choose a sentence only you would know.',
  'errors.passphraseUnchanged': 'The new passphrase must be different from the current one.',
  'errors.accountNotFound':
    'This account was not found; it may have been removed. Refresh the list.',
  'errors.usernameInvalid':
    'A user name has 3 to 40 characters: lower-case letters, digits and . _ -, starting with a letter or digit.',
  'errors.usernameTaken': 'This user name is already taken. Please choose another.',
  'errors.supervisorMustBeCounsellor': 'Only a counsellor account can be a clinical supervisor.',
  'errors.accountDisabled':
    'This account is disabled, so this cannot be done. An administrator can enable it again.',
  'errors.accountNotDisabled': 'This account is not disabled, so there is nothing to enable.',
  'errors.lastAdministrator':
    'This is the last administrator and cannot be disabled or given another role. Add another administrator first.',
  'errors.keyNotAllowedForRole':
    'This role may not hold that key (for example, only counsellors hold the clinical key).',
  'errors.clinicalKeyMissing': 'No clinical key exists yet. A counsellor must create it first.',
  'errors.clinicalKeyExists': 'The clinical key already exists; it need not be created again.',
  'errors.lastClinicalKeyHolder':
    'This is the last person holding the clinical key. Verify the clinical escrow code, or give the key to another counsellor, before disabling this account.',
  'errors.invalidDate':
    'The date is not valid. Enter a real date from ROC year 1 (1912) on, for example 114/03/05.',
  'errors.notOfficeDatabase':
    'This is not the office case database, so case numbers cannot be issued here.',
  'errors.caseNumbersExhausted':
    'All case numbers for this year have been used. Ask your administrator.',
  'errors.statDimension':
    'A statistics category code is not valid. Refresh the page and try again; if it keeps happening, ask your administrator.',

  'errors.bridgeUnavailable':
    'This window cannot reach the EAP Desk core. Close the application and open it again.',
  'errors.ipcFailed':
    'Communication with the EAP Desk core was interrupted. Try again; if it keeps happening, reopen the application.',
  'errors.unexpected':
    'Something unexpected happened. Please try again; if it keeps happening, tell your administrator when it happened and what you were doing.',

  'validation.required': 'This field is required. Please fill it in.',
  'validation.invalidType': 'This value is of the wrong kind. Please enter it again.',
  'validation.tooShort': 'Enter at least {{min}} characters.',
  'validation.tooSmall': 'Enter a number of at least {{min}}.',
  'validation.tooLong': 'Use at most {{max}} characters; please shorten it.',
  'validation.tooBig': 'Enter a number of at most {{max}}.',
  'validation.invalidFormat':
    'The format is not right. Follow the format described for this field.',
  'validation.invalidValue': 'Choose one of the options.',
  'validation.unknownField':
    'Unrecognised fields were sent ({{fields}}). Refresh the page and try again.',
  'validation.invalid': 'This value is not valid. Check it and enter it again.',

  'validation.date': 'Enter a date as 114/03/05 or 2025-03-05.',
  'validation.usernameShort': 'A user name needs at least 3 characters; please make it longer.',
  'validation.usernameChars':
    'A user name may use only lower-case letters, digits and . _ -, and must start with a letter or digit.',

  'validation.date.empty': 'Enter a date, for example 114/03/05.',
  'validation.date.format': 'Enter a date as 114/03/05, 民國114年3月5日 or 2025-03-05.',
  'validation.date.calendar':
    'That day does not exist. Check the year, month and day (29 February only in leap years).',
  'validation.date.beforeRoc': 'The date must be on or after 1 January 1912 (ROC year 1).',
  'validation.date.outOfRange':
    'The year is outside the range that can be entered. Check the year.',

  // Core: setup, accounts, clinical key, backup
  'errors.setupNotPrepared':
    'The setup step has expired. Go back one step to make a new recovery code.',
  'validation.recoveryCodeMismatch':
    'This is not the code shown on the screen. Type it again from what you wrote down (case and dashes do not matter).',
  'errors.cannotDisableSelf':
    'You cannot disable the account you are signed in with. Ask another administrator.',
  'errors.useChangePassphrase':
    'To change your own passphrase, use “Change passphrase” at the top right.',
  'errors.escrowNotPrepared': 'The escrow code step has expired. Make a new escrow code.',
  'errors.backupSourceDamaged':
    'The database failed its integrity check and cannot be backed up. Restore from the latest backup first, as guided.',
  'errors.backupUnreadable':
    'This backup cannot be read. Check that you chose an EAP Desk backup folder.',
  'errors.backupDamaged':
    'This backup is damaged or incomplete and cannot be restored. Use another backup.',
  'errors.restoreNeedsDatabaseKey':
    'This account cannot open the database, so it cannot restore. Use an administrator account or the recovery code.',
  'errors.backupTampered':
    'This backup failed its integrity check and may have been altered. Restore stopped.',
};
