import type { Db } from '../db/open';
import { AppError } from '../errors';
import { isOfficeDatabase, rocYearOf } from '../vault/case-number';
import { isoOf, localMs } from './days';
import type { SeedProviders } from './insert-base';
import type { CaseSpec } from './plan-cases';
import type { ClientSpec } from './plan-people';
import type { Rng } from './prng';

const MAX_PER_YEAR = 999_999;

/**
 * Case numbers in bulk, equivalent to allocateCaseNumber once per case in request order: each
 * ROC year continues from its counter (so a --force run after real cases never reuses a number)
 * and the counter ends at the last number given. Only the office database numbers cases.
 */
export function numberCases(db: Db, days: readonly number[]): string[] {
  if (!isOfficeDatabase(db)) throw new AppError('CONFLICT', { key: 'errors.notOfficeDatabase' });
  const last = new Map<number, number>(
    (
      db.prepare('SELECT roc_year, last_number FROM case_number_counter').all() as {
        roc_year: number;
        last_number: number;
      }[]
    ).map((r) => [r.roc_year, r.last_number]),
  );
  const numbers = days.map((day) => {
    const roc = rocYearOf(isoOf(day));
    const n = (last.get(roc) ?? 0) + 1;
    if (n > MAX_PER_YEAR) throw new AppError('CONFLICT', { key: 'errors.caseNumbersExhausted' });
    last.set(roc, n);
    return `${roc}-${String(n).padStart(6, '0')}`;
  });
  const upsert = db.prepare(
    'INSERT INTO case_number_counter (roc_year, last_number) VALUES (?, ?) ON CONFLICT (roc_year) DO UPDATE SET last_number = max(last_number, excluded.last_number)',
  );
  for (const [roc, n] of last) upsert.run(roc, n);
  return numbers;
}

export interface CaseInsertContext {
  readonly clients: readonly ClientSpec[];
  readonly agencyIds: readonly string[];
  readonly providers: SeedProviders;
  /** Epoch ms of "now": nothing is stamped later. */
  readonly at: number;
  readonly inst: string;
}

/**
 * The case with everything intake writes (links, first risk row, status rows, consents). Returns
 * the rows written and each case's agency snapshot (its contacts count there too).
 */
export function insertCases(
  db: Db,
  rng: Rng,
  cases: readonly CaseSpec[],
  numbers: readonly string[],
  ctx: CaseInsertContext,
): { rows: number; agencyIds: string[] } {
  const caseRow = db.prepare(
    `INSERT INTO case_file (id, case_number, client_id, agency_id, category_code, requested_on, channel_code, source_code, voluntary,
       service_item_code, first_risk_level, risk_level, status, presenting_summary, desk_owner_id, counsellor_id, provider_id,
       next_follow_up, closed_on, closing_reason_code, created_at, updated_at, installation_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const link = {
    facet: db.prepare('INSERT INTO case_facet (case_id, code) VALUES (?, ?)'),
    topic: db.prepare('INSERT INTO case_topic (case_id, code) VALUES (?, ?)'),
    issue: db.prepare('INSERT INTO case_issue (case_id, code) VALUES (?, ?)'),
  };
  const risk = db.prepare(
    'INSERT INTO case_risk (id, case_id, level, assessed_on, assessed_by, created_at, installation_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const status = db.prepare(
    `INSERT INTO case_status_change (id, case_id, from_status, to_status, reason_code, summary, changed_on, changed_by, created_at, installation_id)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
  );
  const consent = db.prepare(
    `INSERT INTO consent (id, case_id, kind, status, form, reference, witness, scope, given_on, expires_on, recorded_by, created_at, updated_at, installation_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, ?, ?, ?, ?)`,
  );
  const stamp = (day: number): number => Math.min(ctx.at, localMs(day, 9 * 60 + rng.int(8 * 60)));
  let rows = 0;
  const agencyIds: string[] = [];
  cases.forEach((c, i) => {
    const client = ctx.clients[c.clientIndex] as ClientSpec;
    // One case in thirty was opened while the person worked elsewhere: the snapshot keeps that agency.
    const agencyId = rng.chance(1 / 30)
      ? rng.pick(ctx.agencyIds.slice(1))
      : (ctx.agencyIds[client.agencyIndex] as string);
    agencyIds.push(agencyId);
    const created = stamp(c.day);
    const lastDay = c.closedDay ?? c.activeDay ?? c.day;
    const updated = Math.max(created, stamp(lastDay));
    const caseNumber = numbers[i] as string;
    caseRow.run(
      c.id,
      caseNumber,
      client.id,
      agencyId,
      client.category,
      isoOf(c.day),
      c.channel,
      c.source,
      c.voluntary ? 1 : 0,
      c.serviceItem,
      c.firstRisk,
      c.risk,
      c.status,
      c.deskOwner,
      c.counsellor,
      c.provider === null ? null : ctx.providers.ids[c.provider],
      c.nextFollowUp === null ? null : isoOf(c.nextFollowUp),
      c.closedDay === null ? null : isoOf(c.closedDay),
      c.closingReason,
      created,
      updated,
      ctx.inst,
    );
    for (const code of c.facets) link.facet.run(c.id, code);
    for (const code of c.topics) link.topic.run(c.id, code);
    for (const code of c.issues) link.issue.run(c.id, code);
    risk.run(rng.uuid(), c.id, c.firstRisk, isoOf(c.day), c.deskOwner, created, ctx.inst);
    if (c.risk !== c.firstRisk)
      risk.run(
        rng.uuid(),
        c.id,
        c.risk,
        isoOf(c.activeDay ?? c.day),
        c.counsellor ?? c.deskOwner,
        updated,
        ctx.inst,
      );
    status.run(
      rng.uuid(),
      c.id,
      null,
      'intake',
      null,
      isoOf(c.day),
      c.deskOwner,
      created,
      ctx.inst,
    );
    rows +=
      2 + c.facets.length + c.topics.length + c.issues.length + (c.risk !== c.firstRisk ? 1 : 0);
    if (c.activeDay !== null) {
      status.run(
        rng.uuid(),
        c.id,
        'intake',
        'active',
        null,
        isoOf(c.activeDay),
        c.deskOwner,
        stamp(c.activeDay),
        ctx.inst,
      );
      rows++;
    }
    if (c.closedDay !== null) {
      status.run(
        rng.uuid(),
        c.id,
        c.activeDay === null ? 'intake' : 'active',
        'closed',
        c.closingReason,
        isoOf(c.closedDay),
        c.deskOwner,
        updated,
        ctx.inst,
      );
      rows++;
    }
    // Informed consent at intake; service consent on the paper form (its number) or orally before a witness.
    consent.run(
      rng.uuid(),
      c.id,
      'informed',
      'given',
      'oral',
      null,
      '值班承辦人',
      isoOf(c.day),
      c.deskOwner,
      created,
      created,
      ctx.inst,
    );
    const refused = rng.chance(0.02);
    const written = rng.chance(0.8);
    consent.run(
      rng.uuid(),
      c.id,
      'service',
      refused ? 'refused' : 'given',
      refused ? 'none' : written ? 'written' : 'oral',
      !refused && written ? `SF-${caseNumber}` : null,
      !refused && !written ? '值班承辦人' : null,
      isoOf(c.day),
      c.deskOwner,
      created,
      created,
      ctx.inst,
    );
    rows += 2;
  });
  return { rows, agencyIds };
}
