import type { MessageKey } from '../../../../shared/i18n/index';
import type { OutputOf } from '../../../../shared/ipc/types';

type Problem = OutputOf<'audit.verify'>['problems'][number];

export const PROBLEM_KEYS: Readonly<Record<Problem['kind'], MessageKey>> = {
  edited: 'audit.problem.edited',
  deleted: 'audit.problem.deleted',
  truncated: 'audit.problem.truncated',
  anchorMismatch: 'audit.problem.anchorMismatch',
};

/** Actions core records, in words; an action this build does not know is shown as recorded. */
export const ACTION_KEYS: Readonly<Record<string, MessageKey>> = {
  'setup.completed': 'audit.action.setupCompleted',
  'vault.initialised': 'audit.action.vaultInitialised',
  'auth.login': 'audit.action.login',
  'auth.loginFailed': 'audit.action.loginFailed',
  'auth.unlock': 'audit.action.unlock',
  'auth.loginWhileLocked': 'audit.action.loginWhileLocked',
  'auth.accountLocked': 'audit.action.accountLocked',
  'auth.lock': 'audit.action.lock',
  'auth.idleLock': 'audit.action.idleLock',
  'auth.logout': 'audit.action.logout',
  'auth.passphraseChanged': 'audit.action.passphraseChanged',
  'account.created': 'audit.action.accountCreated',
  'account.disabled': 'audit.action.accountDisabled',
  'account.enabled': 'audit.action.accountEnabled',
  'account.passphraseReset': 'audit.action.passphraseReset',
  'account.lockLifted': 'audit.action.accountUnlocked',
  'clinical.keyCreated': 'audit.action.clinicalInitialised',
  'clinical.accessGranted': 'audit.action.clinicalGranted',
  'settings.updated': 'audit.action.settingsUpdated',
  'audit.verified': 'audit.action.auditVerified',
  'schema.migrated': 'audit.action.schemaMigrated',
  'key.rotated': 'audit.action.keyRotated',
  'backup.created': 'audit.action.backupCreated',
  'backup.restored': 'audit.action.backupRestored',
};

/** `{cityPreset: 'tainan', n: 3}` → 'cityPreset=tainan · n=3'. Entries hold ids, never names. */
export function detailsText(
  details: Readonly<Record<string, string | number | boolean | null>>,
): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}=${v === null ? '—' : String(v)}`)
    .join(' · ');
}
