import type { Role } from '../../../shared/domain/app-state';
import type { MessageKey } from '../../../shared/i18n/index';
import type { SessionInfo } from '../../../shared/ipc/schemas/auth';

export interface NavItem {
  readonly to: string;
  readonly label: MessageKey;
  readonly group: 'work' | 'system';
  /** Only the exact path is "current" (the home page would otherwise match every route). */
  readonly end?: boolean;
}

type Person = Pick<SessionInfo, 'role' | 'clinicalAccess'>;

const ITEMS: readonly (NavItem & { readonly allowed: (p: Person) => boolean })[] = [
  { to: '/', label: 'nav.home', group: 'work', end: true, allowed: () => true },
  {
    to: '/clinical',
    label: 'nav.clinical',
    group: 'work',
    // Something to do there: create the escrow code, or grant waiting colleagues.
    allowed: (p) =>
      p.role === 'counsellor' &&
      (p.clinicalAccess === 'needsEscrow' || p.clinicalAccess === 'granted'),
  },
  { to: '/accounts', label: 'nav.accounts', group: 'system', allowed: (p) => p.role === 'admin' },
  { to: '/audit', label: 'nav.audit', group: 'system', allowed: (p) => p.role === 'admin' },
  { to: '/settings', label: 'nav.settings', group: 'system', allowed: (p) => p.role === 'admin' },
  { to: '/about', label: 'nav.about', group: 'system', allowed: (p) => p.role === 'admin' },
];

/**
 * The menu for a person: only areas that exist and that their role may use. Hiding is for
 * calm, not for safety: core checks every call.
 */
export function navFor(person: Person): NavItem[] {
  return ITEMS.filter((i) => i.allowed(person)).map(({ allowed: _allowed, ...item }) => item);
}

/** Roles that may open a route; the page itself still relies on core for the real check. */
export const ROUTE_ROLES: Readonly<Record<string, readonly Role[]>> = {
  accounts: ['admin'],
  audit: ['admin'],
  settings: ['admin'],
  about: ['admin'],
  clinical: ['counsellor'],
};
