import type { Db } from '../../db/open';

/**
 * Statistics count persons, not records (REPORTS.md: "unduplicated persons"). After a merge the
 * merged record points at the kept one (merged_into), possibly through a chain when the kept one
 * was merged later. personKey resolves the chain to the record that stands for the person, so
 * quota and persons-served counts count each person once. Bounded, in case of a damaged chain.
 */
const MAX_CHAIN = 64;

export function personKey(db: Db, clientId: string): string {
  const next = db.prepare('SELECT merged_into FROM client WHERE id = ?').pluck();
  let id = clientId;
  for (let i = 0; i < MAX_CHAIN; i++) {
    const into = next.get(id) as string | null | undefined;
    if (!into) return id;
    id = into;
  }
  return id;
}

/** Distinct persons with a case requested or a contact recorded in [from, to] (ISO dates). */
export function personsServed(db: Db, from: string, to: string): number {
  const ids = db
    .prepare(
      `SELECT client_id FROM case_file WHERE requested_on BETWEEN ? AND ?
       UNION SELECT client_id FROM contact WHERE client_id IS NOT NULL AND occurred_on BETWEEN ? AND ?`,
    )
    .pluck()
    .all(from, to, from, to) as string[];
  return new Set(ids.map((id) => personKey(db, id))).size;
}
