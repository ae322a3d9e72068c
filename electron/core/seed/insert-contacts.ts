import type { Db } from '../db/open';
import type { SeedCodes } from './codes';
import { isoOf, localMs } from './days';
import type { CaseSpec, SeedStaff } from './plan-cases';
import type { ClientSpec } from './plan-people';
import type { Rng } from './prng';

export interface ContactContext {
  readonly cases: readonly CaseSpec[];
  readonly caseAgency: (caseIndex: number) => string;
  readonly clients: readonly ClientSpec[];
  readonly agencyIds: readonly string[];
  readonly pickAgency: () => number;
  readonly codes: SeedCodes;
  readonly staff: SeedStaff;
  readonly today: number;
  readonly at: number;
  readonly inst: string;
}

/**
 * Contacts (諮詢): about two and a half per case. Some are the first call of a case (linked to it,
 * on or just before its request day), some come from known clients without a case, and many are
 * anonymous — often without gender or agency, as a hotline call is. The note stays empty: it is
 * logistics only, and synthetic logistics would add nothing.
 */
export function insertContacts(db: Db, rng: Rng, count: number, ctx: ContactContext): number {
  const insert = db.prepare(
    `INSERT INTO contact (id, occurred_on, channel_code, facet_code, service_item_code, agency_id, category_code, gender, is_manager,
       client_id, case_id, minutes, note, recorded_by, created_at, updated_at, installation_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)`,
  );
  const serviceItems =
    ctx.codes.serviceItem.length > 0 ? ctx.codes.serviceItem : ([['other', 1]] as const);
  const firstDay = ctx.cases[0]?.day ?? ctx.today;
  for (let i = 0; i < count; i++) {
    const kind = rng.next();
    let day: number;
    let client: ClientSpec | null = null;
    let caseId: string | null = null;
    let agencyId: string | null;
    if (kind < 0.4 && ctx.cases.length > 0) {
      const ci = rng.int(ctx.cases.length);
      const c = ctx.cases[ci] as CaseSpec;
      client = ctx.clients[c.clientIndex] as ClientSpec;
      caseId = c.id;
      agencyId = ctx.caseAgency(ci);
      day = c.day;
    } else if (kind < 0.6 && ctx.clients.length > 0) {
      client = rng.pick(ctx.clients);
      agencyId = ctx.agencyIds[client.agencyIndex] ?? null;
      day = client.firstDay + rng.int(Math.max(1, ctx.today - client.firstDay + 1));
    } else {
      day = firstDay + rng.int(Math.max(1, ctx.today - firstDay + 1));
      agencyId = rng.chance(0.5) ? (ctx.agencyIds[ctx.pickAgency()] ?? null) : null;
    }
    const anonymous = client === null;
    const created = Math.min(ctx.at, localMs(day, 8 * 60 + rng.int(10 * 60)));
    insert.run(
      rng.uuid(),
      isoOf(day),
      rng.weighted(ctx.codes.channel),
      rng.chance(0.7) ? rng.weighted(ctx.codes.facet) : null,
      rng.weighted(serviceItems),
      agencyId,
      anonymous
        ? rng.chance(0.4)
          ? rng.weighted(ctx.codes.staffCategory)
          : null
        : (client?.category ?? null),
      anonymous ? (rng.chance(0.6) ? 'U' : rng.pick(['F', 'M'])) : (client?.gender ?? 'U'),
      anonymous ? null : client?.isManager ? 1 : 0,
      client?.id ?? null,
      caseId,
      rng.chance(0.9) ? rng.between(3, 60) : null,
      rng.pick(ctx.staff.desk),
      created,
      created,
      ctx.inst,
    );
  }
  return count;
}
