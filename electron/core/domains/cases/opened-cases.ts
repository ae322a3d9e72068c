import type { Vault } from '../../vault/vault';

/** A page left on screen this long and fetched again counts as opened again. */
export const REOPEN_AFTER_MS = 30 * 60 * 1000;

/**
 * Tells an open of a case page from a refresh of the page already on screen, so the audit keeps
 * one 'case.opened' row per open (SECURITY.md §4) rather than one per refetch after a change.
 * Core decides, never the renderer: a renderer could not use it to read a case unaudited. An
 * open is new when it is the first of this unlock (each unlock is a new Vault), when another case
 * was opened in between, or after REOPEN_AFTER_MS.
 */
export class OpenedCases {
  private readonly last = new WeakMap<Vault, { caseId: string; at: number }>();

  isNewOpen(vault: Vault, caseId: string, now: number): boolean {
    const prev = this.last.get(vault);
    const isNew =
      !prev || prev.caseId !== caseId || now - prev.at >= REOPEN_AFTER_MS || now < prev.at;
    // The window runs from the last audited open, so a page kept open all day is audited every 30 min.
    if (isNew) this.last.set(vault, { caseId, at: now });
    return isNew;
  }
}
