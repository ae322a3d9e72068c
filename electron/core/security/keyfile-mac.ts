import { equalBytes, fromB64, toB64, zero } from './bytes';
import type { KeyFile } from './keyfile-schema';
import { hkdf32, hmacSha256 } from './symmetric';

/**
 * The key file's binding to its database, and its integrity. The DBK MAC covers the ids, the
 * database salts, the key versions and every public key and authorisation field: a key file from
 * another database fails it, and nobody can slip in their own public key (which a later grant or
 * rotation would then wrap DBK to) or raise their role without holding DBK. Failure counters and
 * pending login events are left out because they are written while nobody holds a key.
 */
export function dbMacInput(kf: KeyFile): string {
  return JSON.stringify([
    'eap-desk/keyfile-binding/v1',
    kf.databaseId,
    kf.installationId,
    kf.binding.dbSalt,
    kf.binding.statsSalt,
    [kf.keyVersions.dbk, kf.keyVersions.cnk, kf.keyVersions.sk],
    kf.accounts.map((a) => [a.id, a.username, a.role, a.clinicalSupervisor, a.status, a.publicKey]),
    kf.recovery.publicKey,
    kf.escrow ? [kf.escrow.publicKey, kf.escrow.verifiedAt] : null,
    kf.auditAnchor ? [kf.auditAnchor.seq, kf.auditAnchor.hash, kf.auditAnchor.at] : null,
  ]);
}

const statsMacInput = (kf: KeyFile): string =>
  JSON.stringify([
    'eap-desk/keyfile-stats/v1',
    kf.databaseId,
    kf.installationId,
    kf.binding.statsSalt,
  ]);

function mac(key: Uint8Array, info: string, input: string): string {
  const sub = hkdf32(key, info);
  try {
    return toB64(hmacSha256(sub, input));
  } finally {
    zero(sub);
  }
}

export const computeDbMac = (kf: KeyFile, dbk: Uint8Array): string =>
  mac(dbk, 'eap-desk/keyfile-mac/dbk', dbMacInput(kf));
export const computeStatsMac = (kf: KeyFile, sk: Uint8Array): string =>
  mac(sk, 'eap-desk/keyfile-mac/sk', statsMacInput(kf));

export function verifyDbMac(kf: KeyFile, dbk: Uint8Array): boolean {
  return equalBytes(fromB64(computeDbMac(kf, dbk)), fromB64(kf.binding.dbMac));
}

export function verifyStatsMac(kf: KeyFile, sk: Uint8Array): boolean {
  return equalBytes(fromB64(computeStatsMac(kf, sk)), fromB64(kf.binding.statsMac));
}

/** Recomputes both MACs; SK may be absent when only DBK-covered fields changed. */
export function sealKeyFile(
  kf: KeyFile,
  keys: { readonly dbk: Uint8Array; readonly sk?: Uint8Array | undefined },
): KeyFile {
  const statsMac = keys.sk ? computeStatsMac(kf, keys.sk) : kf.binding.statsMac;
  return { ...kf, binding: { ...kf.binding, dbMac: computeDbMac(kf, keys.dbk), statsMac } };
}
