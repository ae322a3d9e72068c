import { AppError } from '../errors';
import type { KeyFile } from './keyfile-schema';
import {
  ESCROW_HOLDER_ID,
  RECOVERY_HOLDER_ID,
  unlockWithCode,
  zeroHeldKeys,
  type HeldKeys,
} from './seeds';

/**
 * What the two offline codes open. The recovery code opens DBK and SK (never CNK); the clinical
 * escrow code opens CNK only. Both return null for a wrong code so callers pick their error.
 */
export async function keysFromRecoveryCode(
  kf: Pick<KeyFile, 'recovery' | 'keyVersions'>,
  code: string,
): Promise<HeldKeys | null> {
  const held = await unlockWithCode(kf.recovery, RECOVERY_HOLDER_ID, code, kf.keyVersions);
  if (!held?.dbk || !held.sk) {
    if (held) zeroHeldKeys(held);
    return null;
  }
  return held;
}

export async function keysFromEscrowCode(
  kf: Pick<KeyFile, 'escrow' | 'keyVersions'>,
  code: string,
): Promise<HeldKeys | null> {
  if (!kf.escrow) return null;
  const held = await unlockWithCode(kf.escrow, ESCROW_HOLDER_ID, code, kf.keyVersions);
  if (!held?.cnk) return null;
  return held;
}

/** The clinical lead proves the escrow code works; only then may the last CNK holder leave. */
export async function verifyEscrowCode(kf: KeyFile, code: string, now: number): Promise<KeyFile> {
  const held = await keysFromEscrowCode(kf, code);
  if (!held || !kf.escrow)
    throw new AppError('WRONG_PASSPHRASE', { key: 'errors.wrongEscrowCode' });
  zeroHeldKeys(held);
  return { ...kf, escrow: { ...kf.escrow, verifiedAt: now } };
}
