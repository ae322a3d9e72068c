import type { SessionInfo } from '../../../shared/ipc/schemas/auth';
import type { KeyFile, KeyFileAccount } from '../security/keyfile-schema';

type ClinicalAccess = SessionInfo['clinicalAccess'];

/**
 * What a counsellor can do with clinical records: `needsEscrow` before the office has a clinical
 * key at all (the first counsellor creates it with the escrow code), `pending` until a holder
 * grants it, `granted` once the account has a CNK slot.
 */
export function clinicalAccessOf(
  kf: KeyFile,
  account: Pick<KeyFileAccount, 'role' | 'slots'>,
): ClinicalAccess {
  if (account.role !== 'counsellor') return 'none';
  if (account.slots.cnk) return 'granted';
  return kf.keyVersions.cnk === 0 ? 'needsEscrow' : 'pending';
}
