import { z } from 'zod';
import { ROLES } from '../../domain/app-state';
import { displayName, passphrase, username } from './common';

export const CLINICAL_ACCESS = ['none', 'granted', 'pending', 'needsEscrow'] as const;

export const sessionInfo = z.strictObject({
  accountId: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  clinicalSupervisor: z.boolean(),
  mustChangePassphrase: z.boolean(),
  clinicalAccess: z.enum(CLINICAL_ACCESS),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

export const loginInput = z.strictObject({
  username: z.string().trim().min(1, { error: 'validation.required' }).max(40),
  passphrase,
});
/** Unlocking the locked session needs only the passphrase: the lock screen names nobody. */
export const unlockInput = z.strictObject({ passphrase });
export const sessionOutput = z.strictObject({
  session: sessionInfo.nullable(),
  /** True when someone's session is locked: the screen asks for a passphrase, showing no name. */
  locked: z.boolean(),
  idleLockMinutes: z.number().int(),
});
export const changePassphraseInput = z.strictObject({ current: passphrase, next: passphrase });

export const setupPrepareOutput = z.strictObject({ recoveryCode: z.string() });
export const setupInput = z.strictObject({
  organisation: z.strictObject({
    name: z.string().trim().min(2, { error: 'validation.required' }).max(80),
    cityPreset: z.string().min(1, { error: 'validation.required' }).max(40),
  }),
  admin: z.strictObject({ username, displayName, passphrase }),
  recoveryCodeConfirmation: z.string().trim().min(1, { error: 'validation.required' }).max(80),
});
