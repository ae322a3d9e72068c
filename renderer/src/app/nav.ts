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
const intake = (role: Role): boolean => role === 'desk' || role === 'counsellor';

const ITEMS: readonly (NavItem & { readonly allowed: (p: Person) => boolean })[] = [
  { to: '/', label: 'nav.home', group: 'work', end: true, allowed: () => true },
  {
    to: '/cases',
    label: 'nav.caseList',
    group: 'work',
    end: true,
    allowed: (p) => p.role !== 'statistics',
  },
  {
    to: '/clinical',
    label: 'nav.clinical',
    group: 'work',
    // Something to do there: create the escrow code, or grant waiting colleagues.
    allowed: (p) =>
      p.role === 'counsellor' &&
      (p.clinicalAccess === 'needsEscrow' || p.clinicalAccess === 'granted'),
  },
  // Case work (issue #5): the desk and counsellors record contacts, find clients, open cases.
  { to: '/contacts/new', label: 'nav.contactNew', group: 'work', allowed: (p) => intake(p.role) },
  { to: '/clients', label: 'nav.clients', group: 'work', allowed: (p) => intake(p.role) },
  {
    to: '/cases/new',
    label: 'nav.caseNew',
    group: 'work',
    end: true,
    allowed: (p) => intake(p.role),
  },
  // Appointments, sessions and hours (issue #7): the desk books, counsellors hold the sessions.
  { to: '/appointments', label: 'nav.appointments', group: 'work', allowed: (p) => intake(p.role) },
  {
    to: '/provider-reports',
    label: 'nav.providerReports',
    group: 'work',
    allowed: (p) => intake(p.role),
  },
  { to: '/reports/hours', label: 'nav.hoursReport', group: 'work', allowed: (p) => intake(p.role) },
  { to: '/accounts', label: 'nav.accounts', group: 'system', allowed: (p) => p.role === 'admin' },
  { to: '/audit', label: 'nav.audit', group: 'system', allowed: (p) => p.role === 'admin' },
  { to: '/settings', label: 'nav.settings', group: 'system', allowed: (p) => p.role === 'admin' },
  {
    to: '/admin/reference',
    label: 'nav.reference',
    group: 'system',
    allowed: (p) => p.role === 'admin',
  },
  {
    to: '/admin/agencies',
    label: 'nav.agencies',
    group: 'system',
    allowed: (p) => p.role === 'admin',
  },
  {
    to: '/admin/providers',
    label: 'nav.providers',
    group: 'system',
    allowed: (p) => p.role === 'admin',
  },
  {
    to: '/admin/quota',
    label: 'nav.quotaAdmin',
    group: 'system',
    allowed: (p) => p.role === 'admin',
  },
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
  contactNew: ['desk', 'counsellor'],
  clients: ['desk', 'counsellor', 'admin'],
  clientNew: ['desk', 'counsellor'],
  caseNew: ['desk', 'counsellor'],
  case: ['desk', 'counsellor', 'admin'],
  adminReference: ['admin'],
  adminAgencies: ['admin'],
  adminProviders: ['admin'],
  adminQuota: ['admin'],
  cases: ['desk', 'counsellor', 'admin'],
  print: ['desk', 'counsellor', 'admin'],
  appointments: ['desk', 'counsellor'],
  sessionRecord: ['counsellor'],
};
