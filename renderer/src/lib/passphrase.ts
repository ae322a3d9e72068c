/**
 * The part of the passphrase policy a form can check while typing (SECURITY.md §2: at least 12
 * characters, no composition rules). The blocklist stays in core, which answers beside the field.
 */
export const MIN_PASSPHRASE_LENGTH = 12;

/** Counted in characters a person sees: 一句中文 is four, not eight. */
export const passphraseLength = (p: string): number => [...p.normalize('NFC')].length;

export const isLongEnough = (p: string): boolean => passphraseLength(p) >= MIN_PASSPHRASE_LENGTH;
