import type { Db } from '../db/open';
import { AppError } from '../errors';
import { appendAudit } from '../security/audit';
import { isOfficeDatabase } from '../vault/case-number';
import { buildAgencyTree } from './agency-tree';
import { readSeedCodes } from './codes';
import { dayOf, localDayOf } from './days';
import { insertAgencies, insertClients, insertProviders } from './insert-base';
import { insertCases, numberCases } from './insert-cases';
import { insertContacts } from './insert-contacts';
import { planCase, requestDays, type SeedStaff } from './plan-cases';
import { agencyPicker, planClient, type ClientSpec } from './plan-people';
import { createRng } from './prng';

export type { SeedStaff } from './plan-cases';

/**
 * Realistic synthetic data for demos, the bench and tests (issue #6): an agency tree with yearly
 * headcounts, providers, clients, ten years of cases with everything intake writes, and contacts.
 * Reproducible from `seed`. Rows are inserted directly with prepared statements in one big
 * transaction (thousands of times faster than a service call per case) but follow the services'
 * rules: codes from the office's active reference lists, the client's agency and category
 * snapshotted onto the case, case numbers per ROC year continuing the counter, folded search
 * columns. One audit row records the run (counts only).
 */
export interface SeedOptions {
  readonly seed: number;
  readonly cases: number;
  readonly staff: SeedStaff;
  /** "Now": the last request day is today (office time), nothing is stamped later. */
  readonly at: number;
  readonly installationId: string;
  readonly actorId: string | null;
  /** Contacts per case (default 2.5). */
  readonly contactsPerCase?: number;
}

export interface SeedCounts {
  readonly agencies: number;
  readonly providers: number;
  readonly clients: number;
  readonly cases: number;
  readonly caseRows: number;
  readonly contacts: number;
  readonly firstRocYear: number;
  readonly lastRocYear: number;
}

/** About seven clients for ten cases: most people come once, some return in later years. */
const SEED_CACHE_KIB = 262_144;
const NEW_CLIENT_SHARE = 0.72;

export function seedSynthetic(db: Db, opts: SeedOptions): SeedCounts {
  if (!Number.isInteger(opts.cases) || opts.cases < 0 || opts.cases > 2_000_000)
    throw new AppError('VALIDATION', { key: 'errors.validation' });
  if (opts.staff.desk.length === 0)
    throw new AppError('CONFLICT', { key: 'errors.seedNeedsStaff' });
  if (!isOfficeDatabase(db)) throw new AppError('CONFLICT', { key: 'errors.notOfficeDatabase' });
  const codes = readSeedCodes(db);
  const rng = createRng(opts.seed);
  const today = localDayOf(opts.at);
  const thisYear = Number(new Date(opts.at).getFullYear());
  // Ten ROC years, the last one being this year (so the year change is in the data).
  const lastRocYear = thisYear - 1911;
  const firstRocYear = lastRocYear - 9;
  const years = Array.from({ length: 10 }, (_, i) => firstRocYear + 1911 + i);
  const agencies = buildAgencyTree(rng);
  const pickAgency = agencyPicker(rng, agencies);

  const days = requestDays(rng, opts.cases, dayOf(`${years[0]}-01-01`), today);
  const clients: ClientSpec[] = [];
  const clientOf = days.map((day) => {
    if (clients.length === 0 || rng.chance(NEW_CLIENT_SHARE)) {
      clients.push(
        planClient(rng, clients.length + 1, pickAgency(), agencies, codes, day, thisYear),
      );
      return clients.length - 1;
    }
    return rng.int(clients.length);
  });

  const inst = opts.installationId;
  const contactCount = Math.round(opts.cases * (opts.contactsPerCase ?? 2.5));
  // A page cache large enough for the random-key indexes being filled: with the app's 64 MiB,
  // pages are evicted and decrypted again over and over (about twice as slow at 100,000 cases).
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${SEED_CACHE_KIB}`);
  try {
    // One immediate transaction, like every user action here: a seed that fails half-way (disk
    // full, a refused number) leaves nothing behind, and its audit row commits with the data.
    return db
      .transaction((): SeedCounts => {
        const agencyIds = insertAgencies(db, rng, agencies, years, opts.at, inst);
        const providers = insertProviders(db, rng, opts.at, inst);
        insertClients(db, rng, clients, agencyIds, inst);
        const cases = days.map((day, i) => {
          const c = planCase(rng, day, today, codes, opts.staff, providers.contracted);
          c.clientIndex = clientOf[i] as number;
          return c;
        });
        const written = insertCases(db, rng, cases, numberCases(db, days), {
          clients,
          agencyIds,
          providers,
          at: opts.at,
          inst,
        });
        insertContacts(db, rng, contactCount, {
          cases,
          caseAgency: (i) => written.agencyIds[i] as string,
          clients,
          agencyIds,
          pickAgency,
          codes,
          staff: opts.staff,
          today,
          at: opts.at,
          inst,
        });
        const counts: SeedCounts = {
          agencies: agencies.length,
          providers: providers.ids.length,
          clients: clients.length,
          cases: cases.length,
          caseRows: written.rows,
          contacts: contactCount,
          firstRocYear,
          lastRocYear,
        };
        appendAudit(db, {
          at: opts.at,
          installationId: inst,
          actorId: opts.actorId,
          action: 'seed.generated',
          details: {
            seed: opts.seed,
            cases: counts.cases,
            clients: counts.clients,
            contacts: counts.contacts,
          },
        });
        return counts;
      })
      .immediate();
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
}
