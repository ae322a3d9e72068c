import { z } from 'zod';
import { accountCreateInput } from '../../../../shared/ipc/schemas/accounts';
import { newPassphrase } from '../auth/passphrase-schemas';

/** The contract's account, with the passphrase policy checked while typing. */
export const createAccountForm = accountCreateInput.extend({ passphrase: newPassphrase });
export type CreateAccountValues = z.input<typeof createAccountForm>;

export const firstPassphraseForm = z.object({ passphrase: newPassphrase });
export type FirstPassphraseValues = z.input<typeof firstPassphraseForm>;
