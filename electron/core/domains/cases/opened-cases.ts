import type { Vault } from '../../vault/vault';

/** A page left on screen this long and fetched again counts as opened again. */
export const REOPEN_AFTER_MS = 30 * 60 * 1000;

/**
 * Tells an open of a case page from a refresh of the page already on screen, so the audit keeps
 * one 'case.opened' row per open (SECURITY.md §4) rather than one per refetch after a change.
 * Every fetch is an open unless the renderer says it is a refresh AND core agrees: the last open
 * audited in this sign-in (each unlock is a new Vault) is this same case, under REOPEN_AFTER_MS
 * ago. So a renderer cannot use the flag to read a case unaudited, and coming back to a case
 * (from the list, the home page, after a lock) is always a new open.
 */
export class OpenedCases {
  private readonly last = new WeakMap<Vault, { caseId: string; at: number }>();

  isNewOpen(vault: Vault, caseId: string, now: number, refresh: boolean): boolean {
    const prev = this.last.get(vault);
    const isNew =
      !refresh ||
      !prev ||
      prev.caseId !== caseId ||
      now - prev.at >= REOPEN_AFTER_MS ||
      now < prev.at;
    // The window runs from the last audited open, so a page kept open all day is audited every 30 min.
    if (isNew) this.last.set(vault, { caseId, at: now });
    return isNew;
  }
}
