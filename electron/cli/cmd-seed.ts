import { createAppCore } from '../core/app-core';
import type { Clock } from '../core/clock';
import { AppError } from '../core/errors';
import { seedSynthetic, type SeedCounts, type SeedStaff } from '../core/seed/generate';
import { createRng } from '../core/seed/prng';
import { createSeedStaff } from '../core/seed/staff';
import { openVault } from '../core/vault/vault';
import { parseCommand, str, UsageError } from './args';
import { println, secretReader, type CliIo } from './io';

const DEFAULT_SEED = '20261123';

const count = (v: unknown, name: string, max: number): number => {
  const n = Number(str(v));
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new UsageError(`--${name} must be a whole number from 0 to ${max}`);
  return n;
};

/**
 * `seed`: realistic synthetic data for demos and the bench (electron/core/seed). Only an
 * administrator; refuses a database that already has cases unless --force. Three steps, never two
 * open at once (each writes the key file on close): check, create the staff accounts through the
 * core's accounts channel, then the bulk data. Prints counts, never names.
 */
export async function cmdSeed(argv: readonly string[], io: CliIo, clock: Clock): Promise<number> {
  const v = parseCommand(
    argv,
    {
      'data-dir': { type: 'string' },
      user: { type: 'string' },
      cases: { type: 'string' },
      seed: { type: 'string', default: DEFAULT_SEED },
      desk: { type: 'string', default: '3' },
      counsellors: { type: 'string', default: '5' },
      force: { type: 'boolean' },
      // Hidden, for tests only: the staff accounts' slots get the cheap KDF.
      'kdf-fast-insecure-test-only': { type: 'boolean' },
    },
    ['data-dir', 'user', 'cases'],
  );
  const dataDir = str(v['data-dir']);
  const username = str(v.user);
  const cases = count(v.cases, 'cases', 2_000_000);
  const seed = count(v.seed, 'seed', 2 ** 32 - 1);
  const staffCounts = {
    desk: Math.max(1, count(v.desk, 'desk', 50)),
    counsellors: count(v.counsellors, 'counsellors', 50),
  };
  const passphrase = await secretReader(io).read('Passphrase');

  const check = await openVault({ dataDir, clock, username, passphrase });
  try {
    if (check.account?.role !== 'admin' || !check.db) throw new AppError('FORBIDDEN');
    const existing = check.db.prepare('SELECT count(*) FROM case_file').pluck().get() as number;
    if (existing > 0 && !v.force) throw new AppError('CONFLICT', { key: 'errors.seedHasCases' });
  } finally {
    check.close();
  }

  const started = performance.now();
  const staff = await makeStaff(
    dataDir,
    clock,
    username,
    passphrase,
    seed,
    staffCounts,
    v['kdf-fast-insecure-test-only'] === true,
  );
  const vault = await openVault({ dataDir, clock, username, passphrase });
  let counts: SeedCounts;
  try {
    counts = seedSynthetic(vault.db!, {
      seed,
      cases,
      staff,
      at: clock.now(),
      installationId: vault.installationId,
      actorId: vault.account?.id ?? null,
    });
  } finally {
    vault.close();
  }
  const out = (s: string) => println(io.stdout, s);
  out(`Synthetic data added (seed ${seed}).`);
  out(
    `Staff accounts:  ${staff.desk.length} desk, ${staff.counsellors.length} counsellors (random passphrases, not shown)`,
  );
  out(`Agencies:        ${counts.agencies}`);
  out(`Providers:       ${counts.providers}`);
  out(`Clients:         ${counts.clients}`);
  out(`Cases:           ${counts.cases} (ROC ${counts.firstRocYear}–${counts.lastRocYear})`);
  out(`Contacts:        ${counts.contacts}`);
  out(`Took:            ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

async function makeStaff(
  dataDir: string,
  clock: Clock,
  username: string,
  passphrase: string,
  seed: number,
  counts: { desk: number; counsellors: number },
  fastKdf: boolean,
): Promise<SeedStaff> {
  const core = createAppCore({
    dataDir,
    clock,
    kdf: fastKdf ? 'fast' : 'production',
    idleCheckMs: 0,
  });
  try {
    const login = await core.dispatch('auth.login', { username, passphrase });
    if (!login.ok) throw new AppError(login.error.code, { key: login.error.key });
    return await createSeedStaff(core.dispatch, createRng(seed ^ 0x5eed), counts);
  } finally {
    core.close();
  }
}
