/**
 * How pick-lists match what a person types (UX.md: 社會局 found by 社會): any part of the label,
 * ignoring case, width (full-width letters from a Chinese IME), spaces, and 台/臺. Mirrors the
 * folding core applies to client names, so the same typing finds the same things everywhere.
 */
export function foldForMatch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/臺/g, '台').replace(/\s+/g, '');
}

/** True when every typed character run appears in `haystack` (empty query matches all). */
export function matchesQuery(haystack: string, query: string): boolean {
  const q = foldForMatch(query);
  return q === '' || foldForMatch(haystack).includes(q);
}
