import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { createAppCore } from '../../electron/core/app-core';
import { systemClock } from '../../electron/core/clock';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { migrate } from '../../electron/core/db/migrate';
import type { Db } from '../../electron/core/db/open';
import { applyPragmas } from '../../electron/core/db/pragmas';
import { looksUnencrypted } from '../../electron/core/db/snapshot';
import { seedSynthetic, type SeedCounts, type SeedStaff } from '../../electron/core/seed/generate';
import { createRng } from '../../electron/core/seed/prng';
import { createSeedStaff } from '../../electron/core/seed/staff';
import { openVault } from '../../electron/core/vault/vault';

/**
 * The bench's office: set up through the same channels as the first-start wizard, with the
 * PRODUCTION key-derivation cost (unlock time is measured on it), real staff accounts, then the
 * synthetic data. Everything is generated; the folder is deleted at the end of the run.
 */
export interface BenchOffice {
  readonly dataDir: string;
  readonly admin: { readonly username: string; readonly passphrase: string };
  readonly staff: SeedStaff;
  readonly counts: SeedCounts;
  readonly setupMs: number;
  readonly seedMs: number;
}

async function ok<T>(
  res: Promise<{ ok: true; value: unknown } | { ok: false; error: { code: string; key: string } }>,
): Promise<T> {
  const r = await res;
  if (!r.ok) throw new Error(`bench setup failed: ${r.error.code} ${r.error.key}`);
  return r.value as T;
}

export async function buildOffice(
  dataDir: string,
  cases: number,
  seed: number,
): Promise<BenchOffice> {
  const admin = {
    username: 'bench-admin',
    passphrase: `bench ${randomBytes(12).toString('base64url')} 通行`,
  };
  const started = performance.now();
  const core = createAppCore({ dataDir, clock: systemClock, kdf: 'production', idleCheckMs: 0 });
  let staff: SeedStaff;
  try {
    const { recoveryCode } = await ok<{ recoveryCode: string }>(core.dispatch('setup.prepare', {}));
    await ok(
      core.dispatch('setup.initialise', {
        organisation: { name: '雲港市政府人事處', cityPreset: 'keelung' },
        admin: { ...admin, displayName: '系統管理者' },
        recoveryCodeConfirmation: recoveryCode,
      }),
    );
    staff = await createSeedStaff(core.dispatch, createRng(seed ^ 0x5eed), {
      desk: 3,
      counsellors: 5,
    });
  } finally {
    core.close();
  }
  const setupMs = performance.now() - started;

  const vault = await openVault({
    dataDir,
    clock: systemClock,
    username: admin.username,
    passphrase: admin.passphrase,
  });
  try {
    const db = vault.db!;
    const t0 = performance.now();
    const counts = seedSynthetic(db, {
      seed,
      cases,
      staff,
      at: systemClock.now(),
      installationId: vault.installationId,
      actorId: vault.account?.id ?? null,
    });
    return { dataDir, admin, staff, counts, setupMs, seedMs: performance.now() - t0 };
  } finally {
    vault.close();
  }
}

/**
 * An UNENCRYPTED copy with the same schema and rows, for the encryption cost ratio: the schema
 * from the same migrations, then every table copied through ATTACH … KEY '' (plaintext). Bench
 * only: it writes synthetic data in the clear, into the run's temporary folder.
 */
export function plainCopy(enc: Db, path: string): Db {
  const plain = new Database(path);
  applyPragmas(plain);
  migrate(plain, MIGRATIONS);
  plain.close();
  const tables = enc
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'client_%_fts%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  enc.pragma('foreign_keys = OFF');
  try {
    enc.prepare('ATTACH DATABASE ? AS plain KEY ?').run(path, '');
    enc.transaction(() => {
      for (const t of tables) {
        const q = `"${t.replaceAll('"', '""')}"`;
        enc.exec(`DELETE FROM plain.${q}; INSERT INTO plain.${q} SELECT * FROM main.${q}`);
      }
    })();
    enc.exec('DETACH DATABASE plain');
  } finally {
    enc.pragma('foreign_keys = ON');
  }
  if (!looksUnencrypted(path)) throw new Error('the baseline copy is not plaintext');
  const copy = new Database(path);
  applyPragmas(copy);
  return copy;
}
