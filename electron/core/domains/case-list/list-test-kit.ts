import type { CaseListRow } from '../../../../shared/ipc/schemas/case-list';
import type { Db } from '../../db/open';
import { seedSynthetic } from '../../seed/generate';
import { createIntakeKit, type IntakeKit } from '../cases/intake-kit';

/**
 * Test helper (not product code): an office with a few hundred synthetic cases (the seed
 * generator, so names are generated), plus a plain-JS snapshot of every case to compute the
 * expected answer of any filter and sort independently of the SQL under test.
 */
export interface RefCase {
  readonly id: string;
  readonly case_number: string;
  readonly status: string;
  readonly risk_level: string;
  readonly desk_owner_id: string;
  readonly counsellor_id: string | null;
  readonly provider_id: string | null;
  readonly agency_id: string | null;
  readonly requested_on: string;
  readonly next_follow_up: string | null;
  readonly updated_at: number;
  readonly name_search: string;
  readonly phone_digits: string | null;
  readonly email: string | null;
  readonly facets: readonly string[];
}

export interface Snapshot {
  readonly cases: readonly RefCase[];
  readonly parentOf: ReadonlyMap<string, string | null>;
}

export function snapshot(db: Db): Snapshot {
  const rows = db
    .prepare(
      `SELECT c.id, c.case_number, c.status, c.risk_level, c.desk_owner_id, c.counsellor_id, c.provider_id, c.agency_id, c.requested_on,
              c.next_follow_up, c.updated_at, cl.name_search, cl.phone_digits, cl.email,
              (SELECT group_concat(code) FROM case_facet f WHERE f.case_id = c.id) AS facet_list
       FROM case_file c JOIN client cl ON cl.id = c.client_id`,
    )
    .all() as (Omit<RefCase, 'facets'> & { facet_list: string | null })[];
  const agencies = db.prepare('SELECT id, parent_id FROM agency').all() as {
    id: string;
    parent_id: string | null;
  }[];
  return {
    cases: rows.map(({ facet_list, ...r }) => ({
      ...r,
      facets: facet_list ? facet_list.split(',') : [],
    })),
    parentOf: new Map(agencies.map((a) => [a.id, a.parent_id])),
  };
}

export interface ListKit extends IntakeKit {
  installationId: string;
  snap: Snapshot;
  /** Reloads the snapshot after the test changed data. */
  refresh(): Promise<void>;
  /** Every page of a listing, following `next`. */
  pageAll(
    input: Record<string, unknown>,
  ): Promise<{ rows: CaseListRow[]; total: number | null; pages: number }>;
}

export async function createListKit(cases: number, seed = 6): Promise<ListKit> {
  const base = await createIntakeKit();
  const installationId = await base.withDb(
    (db) =>
      db.prepare("SELECT value FROM meta WHERE key = 'installation_id'").pluck().get() as string,
  );
  await base.withDb((db) =>
    seedSynthetic(db, {
      seed,
      cases,
      staff: { desk: [base.desk.id, base.admin.id], counsellors: [base.counsellor.id] },
      at: base.kit.clock.now(),
      installationId,
      actorId: base.desk.id,
    }),
  );
  const kit: ListKit = {
    ...base,
    installationId,
    snap: await base.withDb(snapshot),
    async refresh() {
      kit.snap = await base.withDb(snapshot);
    },
    async pageAll(input) {
      const rows: CaseListRow[] = [];
      let cursor: string | undefined;
      let total: number | null = null;
      let pages = 0;
      for (;;) {
        const res = await base.kit.ok<{
          rows: CaseListRow[];
          next: string | null;
          total: number | null;
        }>('cases.list', { ...input, ...(cursor ? { cursor } : {}) });
        if (pages === 0) total = res.total;
        else if (res.total !== null) throw new Error('total on a later page');
        pages++;
        rows.push(...res.rows);
        if (!res.next) return { rows, total, pages };
        cursor = res.next;
        if (pages > 1000) throw new Error('paging does not end');
      }
    },
  };
  return kit;
}

/** Descendants of an agency, itself included: the reference for the subtree filter. */
export function subtree(parentOf: ReadonlyMap<string, string | null>, root: string): Set<string> {
  const out = new Set<string>();
  for (const id of parentOf.keys()) {
    for (
      let p: string | null | undefined = id, guard = 0;
      p && guard < 64;
      p = parentOf.get(p), guard++
    ) {
      if (p === root) {
        out.add(id);
        break;
      }
    }
  }
  return out;
}
