import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';

/**
 * Owner pickers (desk owner, counsellor): active accounts of the service roles, names and roles
 * only. Statistics readers never own a case, so they are not listed.
 */
export const staffHandlers = (deps: CoreDeps) =>
  ({
    'staff.directory': () => {
      const rows = deps.sessions
        .requireDb()
        .prepare(
          `SELECT id, display_name AS displayName, role FROM account
           WHERE status = 'active' AND role IN ('desk', 'counsellor', 'admin') ORDER BY display_name, id`,
        )
        .all() as { id: string; displayName: string; role: 'desk' | 'counsellor' | 'admin' }[];
      return { staff: rows };
    },
  }) satisfies Pick<Handlers, 'staff.directory'>;
