import { existsSync } from 'node:fs';
import type { AppState } from '../../../shared/domain/app-state';
import { vaultPaths } from './paths';

export { DB_NAME, KEYFILE_NAME } from './paths';

/** Before anyone signs in: a folder with neither file is new; anything else waits for a login. */
export function detectInitialState(dataDir: string): AppState {
  const p = vaultPaths(dataDir);
  const hasAny = [p.keyFile, p.keyFilePrev, p.db, p.statsDb].some((f) => existsSync(f));
  return hasAny ? 'locked' : 'uninitialised';
}
