import type { CoreDeps } from '../../deps';
import type { Db } from '../../db/open';
import type { AuditDetails } from '../../security/audit';
import type { KeyFile } from '../../security/keyfile-schema';
import type { HeldKeys } from '../../security/seeds';

/**
 * One user action that changes the key file: the new key file is computed first (HPKE wrapping
 * is async), then the database rows, the audit row and the key file write happen inside ONE
 * immediate transaction — if the key file cannot be written, the rows roll back with it.
 */
export async function changeKeyFile<T>(
  deps: CoreDeps,
  action: string,
  object: { type: string; id: string } | ((result: T) => { type: string; id: string }),
  compute: (kf: KeyFile, held: Readonly<HeldKeys>) => Promise<{ keyFile: KeyFile; result: T }>,
  dbWork?: (db: Db) => void,
  details?: AuditDetails,
): Promise<T> {
  const vault = deps.sessions.requireVault();
  const db = deps.sessions.requireDb();
  const { keyFile, result } = await compute(vault.keyFile(), vault.keys);
  db.transaction(() => {
    dbWork?.(db);
    deps.sessions.audit(action, typeof object === 'function' ? object(result) : object, details);
    vault.saveKeyFile(keyFile);
  }).immediate();
  deps.changed('accounts');
  return result;
}
