import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppState } from '../../../shared/domain/app-state';

export const KEYFILE_NAME = 'eap-desk.keys.json';
export const DB_NAME = 'eap-desk.db';

/** Before anyone signs in: a folder with neither file is new; anything else waits for a login. */
export function detectInitialState(dataDir: string): AppState {
  const hasKeys = existsSync(join(dataDir, KEYFILE_NAME));
  const hasDb = existsSync(join(dataDir, DB_NAME));
  return hasKeys || hasDb ? 'locked' : 'uninitialised';
}
