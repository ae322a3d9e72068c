import type { Role } from '../../../../shared/domain/app-state';
import type { MessageKey } from '../../../../shared/i18n/index';

export const ROLE_KEYS: Readonly<Record<Role, MessageKey>> = {
  desk: 'role.desk',
  counsellor: 'role.counsellor',
  statistics: 'role.statistics',
  admin: 'role.admin',
};

/** The role as people say it; clinical supervision is a flag on a counsellor, said beside it. */
export function roleKey(role: Role, clinicalSupervisor: boolean): MessageKey {
  return role === 'counsellor' && clinicalSupervisor
    ? 'role.counsellorSupervisor'
    : ROLE_KEYS[role];
}
