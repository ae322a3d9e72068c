import type { Db } from '../db/open';
import { appendAudit } from '../security/audit';
import type { KeyFile } from '../security/keyfile-schema';
import { AUTH_EVENT_ACTIONS } from './login-failures';

/**
 * Moves the login failures recorded in the key file (while the database was closed) into the
 * audit log, in one transaction. Returns the key file without them (unchanged object if none).
 */
export function flushAuthEvents(db: Db, kf: KeyFile): KeyFile {
  if (kf.pendingAuthEvents.length === 0) return kf;
  db.transaction(() => {
    for (const ev of kf.pendingAuthEvents) {
      appendAudit(db, {
        at: ev.at,
        installationId: kf.installationId,
        actorId: null,
        action: AUTH_EVENT_ACTIONS[ev.kind],
        objectType: ev.accountId ? 'account' : null,
        objectId: ev.accountId,
      });
    }
  }).immediate();
  return { ...kf, pendingAuthEvents: [] };
}
