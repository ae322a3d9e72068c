/**
 * What the renderer keeps across a lock: whether a session is locked (so the lock screen asks
 * for a passphrase only: core knows whose session it is) and why. No name is kept at all
 * (SECURITY.md §3). Module memory only, never web storage; forgotten on sign-out.
 */
export type LockReason = 'idle' | 'manual' | 'system';

let lockedSession = false;
let reason: LockReason | null = null;

export const unlockMemory = {
  /** A person is signed in: a later lock belongs to them. */
  signedIn(): void {
    lockedSession = true;
  },
  hasLockedSession: (): boolean => lockedSession,
  locked(why: LockReason): void {
    reason = why;
  },
  reason: (): LockReason | null => reason,
  unlocked(): void {
    reason = null;
  },
  forget(): void {
    lockedSession = false;
    reason = null;
  },
};
