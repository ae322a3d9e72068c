import { existsSync } from 'node:fs';
import { readDbSalt } from '../db/open';
import { AppError } from '../errors';
import { readKeyFileAt } from '../security/keyfile';
import type { KeyFile } from '../security/keyfile-schema';
import type { VaultPaths } from './paths';

export interface ResolvedKeyFile {
  readonly keyFile: KeyFile;
  /**
   * True when the database still matches the previous generation: a DBK rotation wrote the new
   * key file but stopped before swapping the database in. The old generation opens it.
   */
  readonly fromPrevious: boolean;
  readonly current: KeyFile;
}

/**
 * Finds the key file generation that belongs to the database on disk, before any passphrase is
 * tried, and names each way that can fail. Reads only.
 */
export function resolveKeyFile(paths: VaultPaths): ResolvedKeyFile {
  const cur = readKeyFileAt(paths.keyFile);
  const dbExists = existsSync(paths.db);
  if (cur.status === 'missing')
    throw new AppError(
      dbExists || existsSync(paths.statsDb) ? 'KEYFILE_MISSING' : 'NOT_INITIALISED',
    );
  if (cur.status === 'unreadable')
    throw new AppError('KEYFILE_MISSING', { key: 'errors.keyfileUnreadable' });
  if (!dbExists) throw new AppError('DB_DAMAGED', { key: 'errors.dbMissing' });
  if (!existsSync(paths.statsDb)) throw new AppError('DB_DAMAGED', { key: 'errors.statsMissing' });

  const dbSalt = readDbSalt(paths.db);
  const statsSalt = readDbSalt(paths.statsDb);
  if (dbSalt === null || statsSalt === null) throw new AppError('DB_DAMAGED');
  const matches = (kf: KeyFile) =>
    kf.binding.dbSalt === dbSalt && kf.binding.statsSalt === statsSalt;

  if (matches(cur.keyFile))
    return { keyFile: cur.keyFile, fromPrevious: false, current: cur.keyFile };
  const prev = readKeyFileAt(paths.keyFilePrev);
  if (
    prev.status === 'ok' &&
    prev.keyFile.databaseId === cur.keyFile.databaseId &&
    matches(prev.keyFile)
  ) {
    return { keyFile: prev.keyFile, fromPrevious: true, current: cur.keyFile };
  }
  throw new AppError('KEYFILE_MISMATCH');
}
