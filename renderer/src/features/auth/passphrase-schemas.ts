import { z } from 'zod';
import type { MessageKey } from '../../../../shared/i18n/index';
import { passphrase } from '../../../../shared/ipc/schemas/common';
import { isLongEnough } from '../../lib/passphrase';

const TOO_SHORT: MessageKey = 'errors.passphraseTooShort';
export const MISMATCH: MessageKey = 'auth.passphrase.mismatch';

/** A passphrase someone is choosing: the contract's bounds plus the length the policy asks. */
export const newPassphrase = passphrase.refine(isLongEnough, { error: TOO_SHORT });

export const changePassphraseForm = z
  .object({ current: passphrase, next: newPassphrase, confirm: z.string() })
  .refine((v) => v.confirm === v.next, { path: ['confirm'], error: MISMATCH });
export type ChangePassphraseValues = z.input<typeof changePassphraseForm>;
