import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3-multiple-ciphers';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openEncryptedDb, type Db } from '../../electron/core/db/open';
import { applyPragmas } from '../../electron/core/db/pragmas';
import { officeInstant } from '../../electron/core/domains/appointments/office-time';
import { calendar } from '../../electron/core/domains/appointments/appointments.service';
import { quotaForClient } from '../../electron/core/domains/quota/quota.calc';

/**
 * Sessions bench (issue #7): a counsellor's week (appointments.calendar's query) and a client's
 * quota (quota.forClient's arithmetic) over N in-house sessions, each with its appointment, on
 * the encrypted database and on an unencrypted copy built from the same seed, so the ratio shows
 * what encryption costs. test/bench/run.ts (when it exists) imports benchSessions; alone:
 *   npx tsx --tsconfig tsconfig.runtime.json test/bench/sessions.bench.ts [sessions]
 * Synthetic rows only: generated ids, no names beyond '測試' + a number.
 */
export interface BenchResult {
  readonly name: string;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly plainP95Ms: number;
  readonly ratio: number;
}

const COUNSELLORS = 40;
const SESSIONS_PER_CASE = 5;
const TZ = 'Asia/Taipei';

/** Small deterministic PRNG (mulberry32): both databases get the same rows. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Seeded {
  readonly counsellors: string[];
  readonly clients: string[];
}

function seed(db: Db, sessions: number): Seeded {
  const rnd = prng(20261123);
  const at = Date.UTC(2025, 0, 1);
  const inst = 'bench';
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  db.prepare(
    "INSERT INTO setting (key, value, updated_at, installation_id) VALUES ('organisation.cityPreset', '\"keelung\"', ?, ?)",
  ).run(at, inst);
  const counsellors = Array.from(
    { length: COUNSELLORS },
    (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  );
  const account = db.prepare(
    "INSERT INTO account (id, username, display_name, role, created_at, updated_at, installation_id) VALUES (?, ?, ?, 'counsellor', ?, ?, ?)",
  );
  db.transaction(() =>
    counsellors.forEach((id, i) => account.run(id, `c${i}`, `測試${i}`, at, at, inst)),
  )();
  const client = db.prepare(
    "INSERT INTO client (id, name, name_search, category_code, created_at, updated_at, installation_id) VALUES (?, ?, ?, 'civilServant', ?, ?, ?)",
  );
  const kase = db.prepare(
    `INSERT INTO case_file (id, case_number, client_id, requested_on, channel_code, source_code, voluntary, first_risk_level, risk_level, status,
       desk_owner_id, counsellor_id, created_at, updated_at, installation_id)
     VALUES (?, ?, ?, '2024-01-02', 'phone', 'selfReferral', 1, 'general', 'general', 'active', ?, ?, ?, ?, ?)`,
  );
  const appt = db.prepare(
    `INSERT INTO appointment (id, case_id, counsellor_id, local_date, start_time, end_time, starts_at, ends_at, minutes, mode, status, created_by,
       created_at, updated_at, installation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 50, 'inPerson', 'completed', ?, ?, ?, ?)`,
  );
  const session = db.prepare(
    `INSERT INTO counselling_session (id, case_id, appointment_id, counsellor_id, local_date, start_time, end_time, starts_at, minutes, mode,
       risk_level, recording_requested, recording_agreed, created_at, updated_at, installation_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 50, 'inPerson', 'general', 0, 0, ?, ?, ?)`,
  );
  const clients: string[] = [];
  const cases = Math.ceil(sessions / SESSIONS_PER_CASE);
  const BATCH = 2000;
  for (let start = 0; start < cases; start += BATCH) {
    db.transaction(() => {
      for (let i = start; i < Math.min(cases, start + BATCH); i++) {
        const clientId = randomUUID();
        const caseId = randomUUID();
        const counsellor = pick(counsellors);
        clients.push(clientId);
        client.run(clientId, `測試${i}`, `測 試 ${i}`, at, at, inst);
        kase.run(caseId, `B-${i}`, clientId, counsellor, counsellor, at, at, inst);
        for (let s = 0; s < SESSIONS_PER_CASE; s++) {
          const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(rnd() * 730) * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const hour = 8 + Math.floor(rnd() * 12);
          const startT = `${String(hour).padStart(2, '0')}:00`;
          const endT = `${String(hour).padStart(2, '0')}:50`;
          const startsAt = officeInstant(day, startT, TZ);
          const apptId = randomUUID();
          appt.run(
            apptId,
            caseId,
            counsellor,
            day,
            startT,
            endT,
            startsAt,
            startsAt + 50 * 60_000,
            counsellor,
            at,
            at,
            inst,
          );
          session.run(
            randomUUID(),
            caseId,
            apptId,
            counsellor,
            day,
            startT,
            endT,
            startsAt,
            at,
            at,
            inst,
          );
        }
      }
    })();
  }
  db.pragma('optimize');
  return { counsellors, clients };
}

function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function time(runs: number, fn: (i: number) => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    out.push(performance.now() - t0);
  }
  return out;
}

function measure(db: Db, s: Seeded, runs: number) {
  const rnd = prng(7);
  const weeks = Array.from({ length: runs }, () => {
    const monday = new Date(Date.UTC(2025, 0, 6) + Math.floor(rnd() * 50) * 7 * 86_400_000);
    const sunday = new Date(monday.getTime() + 6 * 86_400_000);
    return {
      counsellorId: s.counsellors[Math.floor(rnd() * s.counsellors.length)]!,
      from: monday.toISOString().slice(0, 10),
      to: sunday.toISOString().slice(0, 10),
    };
  });
  const clients = Array.from(
    { length: runs },
    () => s.clients[Math.floor(rnd() * s.clients.length)]!,
  );
  // Warm the cache first, as an office PC would be after a few minutes of use.
  time(20, (i) => calendar(db, weeks[i % runs]!));
  const week = time(runs, (i) => calendar(db, weeks[i]!));
  const quota = time(runs, (i) => quotaForClient(db, clients[i]!, 2025));
  return { week, quota };
}

export async function benchSessions(
  opts: { sessions?: number; runs?: number } = {},
): Promise<BenchResult[]> {
  const sessions = opts.sessions ?? 500_000;
  const runs = opts.runs ?? 200;
  const dir = mkdtempSync(join(tmpdir(), 'eap-bench-sessions-'));
  try {
    const enc = openEncryptedDb(join(dir, 'enc.db'), randomBytes(32), { create: true });
    const plain = new Database(join(dir, 'plain.db'));
    const results: BenchResult[] = [];
    try {
      for (const db of [enc, plain]) {
        applyPragmas(db);
        migrate(db, MIGRATIONS);
      }
      const e = measure(enc, seed(enc, sessions), runs);
      // Seeding and measuring are long synchronous phases: let the runner's timers run between them.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const p = measure(plain, seed(plain, sessions), runs);
      for (const [name, a, b] of [
        [`counsellor week over ${sessions} sessions`, e.week, p.week],
        [`client quota over ${sessions} sessions`, e.quota, p.quota],
      ] as const) {
        const p95 = percentile(a, 95);
        const plainP95 = percentile(b, 95);
        results.push({
          name,
          p50Ms: percentile(a, 50),
          p95Ms: p95,
          plainP95Ms: plainP95,
          ratio: plainP95 > 0 ? p95 / plainP95 : 0,
        });
      }
    } finally {
      enc.close();
      plain.close();
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sessions = Number(process.argv[2] ?? 500_000);
  const results = await benchSessions({ sessions });
  for (const r of results)
    console.log(
      `${r.name}: p50 ${r.p50Ms.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms (unencrypted p95 ${r.plainP95Ms.toFixed(2)} ms, ratio ${r.ratio.toFixed(2)})`,
    );
}
