import type { MessageKey } from '../../../../shared/i18n/index';
import type { AccountRow } from '../../../../shared/ipc/schemas/accounts';
import type { BadgeTone } from '../../ui/StatusBadge';

/** Core reports a lockout only while it lasts (by its own clock), so present means locked. */
export const isLocked = (a: Pick<AccountRow, 'lockedUntil'>): boolean => a.lockedUntil !== null;

export interface AccountsSummary {
  readonly active: number;
  readonly disabled: number;
  readonly locked: number;
  readonly mustChange: number;
  readonly pendingClinical: number;
}

export function summariseAccounts(accounts: readonly AccountRow[]): AccountsSummary {
  const active = accounts.filter((a) => a.status === 'active');
  return {
    active: active.length,
    disabled: accounts.length - active.length,
    locked: active.filter(isLocked).length,
    mustChange: active.filter((a) => a.mustChangePassphrase).length,
    pendingClinical: active.filter((a) => a.clinicalAccess === 'pending').length,
  };
}

export const CLINICAL_ACCESS_LABELS: Readonly<
  Record<
    AccountRow['clinicalAccess'],
    { readonly key: MessageKey; readonly tone: BadgeTone } | null
  >
> = {
  none: null,
  granted: { key: 'accounts.clinical.granted', tone: 'ok' },
  pending: { key: 'accounts.clinical.pending', tone: 'warning' },
  needsEscrow: { key: 'accounts.clinical.needsEscrow', tone: 'warning' },
};
