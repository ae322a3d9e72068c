import { join } from 'node:path';

/** Every file the vault keeps in the data folder. Names carry no personal data. */
export const DB_NAME = 'eap-desk.db';
export const STATS_DB_NAME = 'eap-desk.stats.db';
export const KEYFILE_NAME = 'eap-desk.keys.json';
export const KEYFILE_PREV_NAME = 'eap-desk.keys.prev.json';
export const SNAPSHOT_DIR = 'snapshots';
export const REPLACED_DIR = 'replaced';
/** Suffix of the verified copy written during a DBK rotation, before it is swapped in. */
export const ROTATING_SUFFIX = '.rotating';

export interface VaultPaths {
  readonly dataDir: string;
  readonly db: string;
  readonly statsDb: string;
  readonly keyFile: string;
  readonly keyFilePrev: string;
  readonly snapshots: string;
  readonly replaced: string;
  readonly rotating: string;
}

export function vaultPaths(dataDir: string): VaultPaths {
  return {
    dataDir,
    db: join(dataDir, DB_NAME),
    statsDb: join(dataDir, STATS_DB_NAME),
    keyFile: join(dataDir, KEYFILE_NAME),
    keyFilePrev: join(dataDir, KEYFILE_PREV_NAME),
    snapshots: join(dataDir, SNAPSHOT_DIR),
    replaced: join(dataDir, REPLACED_DIR),
    rotating: join(dataDir, DB_NAME + ROTATING_SUFFIX),
  };
}

/** A database file and the WAL/SHM files SQLite keeps beside it. */
export const withSidecars = (dbPath: string): string[] => [
  dbPath,
  `${dbPath}-wal`,
  `${dbPath}-shm`,
];
