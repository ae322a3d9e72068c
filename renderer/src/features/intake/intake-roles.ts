import type { Role } from '../../../../shared/domain/app-state';

/** Who writes intake (clients, contacts, cases, consents): core's INTAKE roles. The admin reads. */
export const INTAKE_ROLES: readonly Role[] = ['desk', 'counsellor'];
export const SERVICE_ROLES: readonly Role[] = ['desk', 'counsellor', 'admin'];
export const canDoIntake = (role: Role): boolean => INTAKE_ROLES.includes(role);
