/**
 * Recovery and escrow codes as people handle them: shown in groups of four, typed back with or
 * without spaces and dashes, in either case. Mirrors the core's reading (Crockford base32: O
 * reads as 0, I and L as 1), so a person is told at once when a group was copied wrongly; core
 * checks again.
 */
export function codeGroups(code: string): string[] {
  return normaliseCode(code).match(/.{1,4}/g) ?? [];
}

export function normaliseCode(input: string): string {
  return input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export const sameCode = (typed: string, shown: string): boolean =>
  normaliseCode(typed) !== '' && normaliseCode(typed) === normaliseCode(shown);
