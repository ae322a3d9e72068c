import {
  MAX_PENDING_AUTH_EVENTS,
  type KeyFile,
  type PendingAuthEvent,
} from '../security/keyfile-schema';

/**
 * Lockout bookkeeping (SECURITY.md §3). The database is closed while these happen, so counters
 * and events live in the key file and enter the audit at the next unlock. Pure functions.
 */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

/** The end of an active lock, or null when the account may try. */
export function activeLockUntil(kf: KeyFile, accountId: string, now: number): number | null {
  const until = kf.accounts.find((a) => a.id === accountId)?.failedLogins.lockedUntil ?? null;
  return until !== null && until > now ? until : null;
}

/** Keeps the newest events when a flood of attempts would overflow the key file's cap. */
function pushEvent(kf: KeyFile, ev: PendingAuthEvent): PendingAuthEvent[] {
  const all = [...kf.pendingAuthEvents, ev];
  return all.length > MAX_PENDING_AUTH_EVENTS
    ? all.slice(all.length - MAX_PENDING_AUTH_EVENTS)
    : all;
}

/** A wrong passphrase (or unknown name: accountId null, no counter). Returns the new lock end if it locked. */
export function recordFailure(
  kf: KeyFile,
  accountId: string | null,
  now: number,
): { keyFile: KeyFile; lockedUntil: number | null } {
  if (accountId === null) {
    return {
      keyFile: {
        ...kf,
        pendingAuthEvents: pushEvent(kf, { at: now, kind: 'loginFailed', accountId: null }),
      },
      lockedUntil: null,
    };
  }
  let lockedUntil: number | null = null;
  let events = pushEvent(kf, { at: now, kind: 'loginFailed', accountId });
  const accounts = kf.accounts.map((a) => {
    if (a.id !== accountId) return a;
    // An expired lock starts a fresh count.
    const expired = a.failedLogins.lockedUntil !== null && a.failedLogins.lockedUntil <= now;
    const count = (expired ? 0 : a.failedLogins.count) + 1;
    if (count >= MAX_FAILED_LOGINS) lockedUntil = now + LOCKOUT_MS;
    return {
      ...a,
      failedLogins: {
        count,
        lockedUntil: lockedUntil ?? (expired ? null : a.failedLogins.lockedUntil),
      },
    };
  });
  if (lockedUntil !== null)
    events = pushEvent(
      { ...kf, pendingAuthEvents: events },
      { at: now, kind: 'accountLocked', accountId },
    );
  return { keyFile: { ...kf, accounts, pendingAuthEvents: events }, lockedUntil };
}

export function recordLockedAttempt(kf: KeyFile, accountId: string, now: number): KeyFile {
  return {
    ...kf,
    pendingAuthEvents: pushEvent(kf, { at: now, kind: 'loginWhileLocked', accountId }),
  };
}

export function clearFailures(kf: KeyFile, accountId: string): KeyFile {
  const a = kf.accounts.find((x) => x.id === accountId);
  if (!a || (a.failedLogins.count === 0 && a.failedLogins.lockedUntil === null)) return kf;
  return {
    ...kf,
    accounts: kf.accounts.map((a) =>
      a.id === accountId ? { ...a, failedLogins: { count: 0, lockedUntil: null } } : a,
    ),
  };
}

export const AUTH_EVENT_ACTIONS: Readonly<Record<PendingAuthEvent['kind'], string>> = {
  loginFailed: 'auth.loginFailed',
  loginWhileLocked: 'auth.loginWhileLocked',
  accountLocked: 'auth.accountLocked',
};
