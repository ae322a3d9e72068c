import { z } from 'zod';

/** Shared field schemas, each failure tagged with the message key a form shows beside the field. */
export const id = z.uuid({ error: 'validation.invalid' });
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.date' });
export const username = z
  .string()
  .trim()
  .min(3, { error: 'validation.usernameShort' })
  .max(40, { error: 'validation.tooLong' })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'validation.usernameChars' });
export const displayName = z.string().trim().min(1, { error: 'validation.required' }).max(60);
/** Policy (≥ 12 characters, blocklist) is checked in core; the schema only bounds the size. */
export const passphrase = z.string().min(1, { error: 'validation.required' }).max(256);
export const empty = z.strictObject({});
export const ok = z.strictObject({});
