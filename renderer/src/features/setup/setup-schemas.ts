import { z } from 'zod';
import { setupInput } from '../../../../shared/ipc/schemas/auth';
import { MISMATCH, newPassphrase } from '../auth/passphrase-schemas';

/** Step 1, exactly the contract's organisation part. */
export const organisationStep = setupInput.shape.organisation;
export type OrganisationValues = z.input<typeof organisationStep>;

/** Step 2: the contract's administrator part, the passphrase typed twice. */
export const adminStep = z
  .object({
    username: setupInput.shape.admin.shape.username,
    displayName: setupInput.shape.admin.shape.displayName,
    passphrase: newPassphrase,
    confirm: z.string(),
  })
  .refine((v) => v.confirm === v.passphrase, { path: ['confirm'], error: MISMATCH });
export type AdminValues = z.input<typeof adminStep>;

export const WIZARD_STEPS = ['organisation', 'admin', 'recovery', 'confirm', 'done'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** Which step owns a field core complained about (its issue path starts with the part). */
export function stepForIssue(path: readonly (string | number)[]): WizardStep {
  if (path[0] === 'organisation') return 'organisation';
  if (path[0] === 'admin') return 'admin';
  return 'confirm';
}
