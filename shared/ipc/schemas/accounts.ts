import { z } from 'zod';
import { ROLES } from '../../domain/app-state';
import { CLINICAL_ACCESS } from './auth';
import { displayName, id, passphrase, username } from './common';

export const accountRow = z.strictObject({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  clinicalSupervisor: z.boolean(),
  status: z.enum(['active', 'disabled']),
  mustChangePassphrase: z.boolean(),
  clinicalAccess: z.enum(CLINICAL_ACCESS),
  lockedUntil: z.number().int().nullable(),
});
export type AccountRow = z.infer<typeof accountRow>;

export const accountsListOutput = z.strictObject({ accounts: z.array(accountRow) });
export const accountCreateInput = z.strictObject({
  username,
  displayName,
  role: z.enum(ROLES, { error: 'validation.required' }),
  clinicalSupervisor: z.boolean(),
  passphrase,
});
export const accountIdInput = z.strictObject({ id });
export const accountPassphraseInput = z.strictObject({ id, passphrase });
export const accountCreated = z.strictObject({ id: z.string() });

export const clinicalStatusOutput = z.strictObject({
  initialised: z.boolean(),
  escrowExists: z.boolean(),
  holders: z.number().int(),
  pending: z.array(z.strictObject({ id: z.string(), displayName: z.string() })),
});
export const escrowPrepareOutput = z.strictObject({ escrowCode: z.string() });
export const escrowConfirmInput = z.strictObject({
  escrowCodeConfirmation: z.string().trim().min(1, { error: 'validation.required' }).max(80),
});
