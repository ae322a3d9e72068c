import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import type { Clock } from '../clock';
import { MIGRATIONS } from '../db/migrations';
import { migrate } from '../db/migrate';
import { openEncryptedDb, readDbSalt, type Db } from '../db/open';
import { applyPragmas } from '../db/pragmas';
import { AppError } from '../errors';
import { appendAudit, auditHead } from '../security/audit';
import { zero } from '../security/bytes';
import { PRODUCTION_KDF, type KdfCost } from '../security/kdf';
import { writeKeyFileAt } from '../security/keyfile';
import { sealKeyFile } from '../security/keyfile-mac';
import { KEYFILE_FORMAT, KEYFILE_VERSION, type KeyFile } from '../security/keyfile-schema';
import { createAccount, newKey, newRecovery } from '../security/keys';
import { META_INSTALLATION_ID } from './case-number';
import { assertSupportedDataDir, type LocationProbe } from './data-dir';
import { vaultPaths, withSidecars, type VaultPaths } from './paths';
import { ensureKdfSelfTest } from './self-test';
import { STATS_MIGRATIONS } from './stats-store';

export interface InitVaultOptions {
  readonly dataDir: string;
  readonly clock: Clock;
  readonly admin: { readonly username: string; readonly passphrase: string };
  /** The agency's name, kept in the encrypted database (not a person's name). */
  readonly organisation?: string;
  /** KDF cost for the new slots; tests pass FAST_TEST_KDF, production uses the default. */
  readonly kdfParams?: KdfCost;
  /** The recovery code shown to (and typed back by) the administrator before setup writes anything. */
  readonly recoveryCode?: string;
  /** Injected mount table etc. for the location check (tests). */
  readonly location?: LocationProbe;
}

export interface InitVaultResult {
  /** Shown once, never stored. Opens DBK and SK, not clinical notes. */
  readonly recoveryCode: string;
  readonly databaseId: string;
  readonly installationId: string;
  readonly adminAccountId: string;
}

const allVaultFiles = (p: VaultPaths): string[] => [
  ...withSidecars(p.db),
  ...withSidecars(p.statsDb),
  p.keyFile,
  p.keyFilePrev,
];

function createMainDb(
  path: string,
  dbk: Uint8Array,
  salt: Buffer,
  kf: KeyFile,
  actorId: string,
  at: number,
  organisation?: string,
): Db {
  const db = openEncryptedDb(path, dbk, { create: true, salt });
  applyPragmas(db);
  migrate(db, MIGRATIONS, { audit: { installationId: kf.installationId, actorId, at } });
  db.transaction(() => {
    db.prepare('INSERT INTO installation (id, created_at, is_office) VALUES (?, ?, 1)').run(
      kf.installationId,
      at,
    );
    const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    meta.run(META_INSTALLATION_ID, kf.installationId);
    meta.run('database_id', kf.databaseId);
    meta.run('created_at', String(at));
    if (organisation) meta.run('organisation', organisation);
    appendAudit(db, {
      at,
      installationId: kf.installationId,
      actorId,
      action: 'vault.initialised',
      objectType: 'installation',
      objectId: kf.installationId,
    });
  }).immediate();
  return db;
}

/**
 * Creates a new vault: main database (DBK), statistics store (SK), key file with the first
 * administrator and the recovery slot. Refuses if any vault file is already there. All key
 * material is prepared in memory first, so a policy failure creates nothing.
 */
export async function initVault(opts: InitVaultOptions): Promise<InitVaultResult> {
  assertSupportedDataDir(opts.dataDir, opts.location);
  const paths = vaultPaths(opts.dataDir);
  if (allVaultFiles(paths).some((f) => existsSync(f))) throw new AppError('ALREADY_INITIALISED');
  await ensureKdfSelfTest();

  const cost = opts.kdfParams ?? PRODUCTION_KDF;
  const at = opts.clock.now();
  const dbk = newKey();
  const sk = newKey();
  const dbSalt = randomBytes(16);
  const statsSalt = randomBytes(16);
  const created: string[] = [];
  try {
    const versions = { dbk: 1, cnk: 0, sk: 1 };
    const { recovery, code } = await newRecovery({ dbk, sk }, versions, {
      kdf: cost,
      ...(opts.recoveryCode ? { code: opts.recoveryCode } : {}),
    });
    const base: KeyFile = {
      format: KEYFILE_FORMAT,
      version: KEYFILE_VERSION,
      generation: 1,
      databaseId: randomUUID(),
      installationId: randomUUID(),
      binding: {
        dbSalt: dbSalt.toString('hex'),
        statsSalt: statsSalt.toString('hex'),
        dbMac: '',
        statsMac: '',
      },
      keyVersions: versions,
      accounts: [],
      recovery,
      escrow: null,
      auditAnchor: null,
      pendingAuthEvents: [],
    };
    const { keyFile, accountId } = await createAccount(
      base,
      {
        username: opts.admin.username,
        role: 'admin',
        passphrase: opts.admin.passphrase,
        mustChangePassphrase: false,
      },
      { dbk, sk },
      { kdf: cost },
    );

    mkdirSync(opts.dataDir, { recursive: true });
    created.push(...withSidecars(paths.db));
    const db = createMainDb(paths.db, dbk, dbSalt, keyFile, accountId, at, opts.organisation);
    const head = auditHead(db);
    db.close();
    created.push(...withSidecars(paths.statsDb));
    const stats = openEncryptedDb(paths.statsDb, sk, { create: true, salt: statsSalt });
    applyPragmas(stats);
    migrate(stats, STATS_MIGRATIONS);
    stats.close();
    if (
      readDbSalt(paths.db) !== keyFile.binding.dbSalt ||
      readDbSalt(paths.statsDb) !== keyFile.binding.statsSalt
    ) {
      throw new AppError('INTERNAL', { key: 'errors.dbSettings' });
    }

    const sealed = sealKeyFile({ ...keyFile, auditAnchor: head }, { dbk, sk });
    created.push(paths.keyFile);
    writeKeyFileAt(paths.keyFile, sealed);
    return {
      recoveryCode: code,
      databaseId: sealed.databaseId,
      installationId: sealed.installationId,
      adminAccountId: accountId,
    };
  } catch (e) {
    // Only what this call created is removed, so a failed setup can simply be retried.
    for (const f of created) rmSync(f, { force: true });
    throw e;
  } finally {
    zero(dbk, sk);
  }
}
