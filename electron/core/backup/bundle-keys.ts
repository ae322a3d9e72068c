import { sealKeyFile } from '../security/keyfile-mac';
import type { KeyFile, KeyFileAccount } from '../security/keyfile-schema';
import { grantKey, isServiceRole } from '../security/keys';
import type { HeldKeys } from '../security/seeds';

/**
 * A backup's own slot set (SECURITY.md §6): DBK for the recovery key and the administrators of the
 * day; CNK for the escrow key and the counsellors; SK for everyone who had it. Other accounts stay
 * listed (ids, roles, public keys) so a restore can hand DBK back to them by public key.
 */
export function bundleKeyFile(
  kf: KeyFile,
  keys: { dbk: Uint8Array; sk: Uint8Array },
  auditAnchor: KeyFile['auditAnchor'],
): KeyFile {
  const accounts: KeyFileAccount[] = kf.accounts.map((a) => {
    const slots: KeyFileAccount['slots'] = {};
    if (a.slots.sk) slots.sk = a.slots.sk;
    if (a.slots.dbk && a.role === 'admin') slots.dbk = a.slots.dbk;
    if (a.slots.cnk && a.role === 'counsellor') slots.cnk = a.slots.cnk;
    return { ...a, slots, failedLogins: { count: 0, lockedUntil: null } };
  });
  return sealKeyFile({ ...kf, accounts, pendingAuthEvents: [], auditAnchor }, keys);
}

/**
 * The live key file after a restore: the bundle's, with DBK wrapped again (public keys only) to
 * every active service account that lost it in the bundle, so desk staff and counsellors of the
 * day can sign in again without anyone's passphrase.
 */
export async function liveKeyFileFromBundle(
  bundle: KeyFile,
  held: HeldKeys,
  generation: number,
): Promise<KeyFile> {
  let kf: KeyFile = { ...bundle, generation };
  for (const a of bundle.accounts) {
    if (a.status === 'active' && a.publicKey && isServiceRole(a.role) && !a.slots.dbk && held.dbk) {
      kf = await grantKey(kf, { keyName: 'dbk', key: held.dbk }, a.id);
    }
  }
  return kf;
}
