import type { RefList } from '../../../shared/domain/reference-lists';
import type { Db } from '../db/open';
import { AppError } from '../errors';

/**
 * The synthetic data uses the office's own ACTIVE reference codes (whatever the city preset and
 * the administrator made of them), weighted by how often EAP offices see each one where the
 * code is a default; a code this file does not know gets weight 1.
 */
export type Weighted = readonly (readonly [string, number])[];

export interface SeedCodes {
  readonly staffCategory: Weighted;
  readonly facet: Weighted;
  readonly channel: Weighted;
  readonly caseSource: Weighted;
  readonly serviceItem: Weighted;
  readonly closingReason: Weighted;
  readonly presentingIssue: Weighted;
  readonly specialGroup: readonly string[];
  /** Topic codes under each facet code. */
  readonly topicsByFacet: ReadonlyMap<string, readonly string[]>;
}

const WEIGHTS: Readonly<Partial<Record<RefList, Readonly<Record<string, number>>>>> = {
  staffCategory: {
    civilServant: 50,
    contract: 12,
    technician: 5,
    janitor: 3,
    driver: 2,
    temporary: 4,
    teacher: 20,
    securityGuard: 1,
    sanitation: 6,
    surveyAssistant: 1,
  },
  facet: { work: 38, life: 22, health: 32, organisation: 4, management: 4 },
  channel: { phone: 40, inPerson: 25, online: 20, video: 8, group: 2, referral: 5 },
  caseSource: {
    selfReferral: 60,
    supervisorReferral: 15,
    personnelReferral: 12,
    colleagueFamily: 8,
    other: 5,
  },
  serviceItem: {
    counselling: 70,
    legal: 6,
    financial: 4,
    medical: 4,
    career: 6,
    managerConsultation: 4,
    crisis: 2,
    other: 4,
  },
  closingReason: {
    goalsMet: 50,
    clientEnded: 25,
    referredElsewhere: 8,
    lostContact: 8,
    leftPost: 5,
    other: 4,
  },
  presentingIssue: {
    workStress: 30,
    relationships: 15,
    emotional: 20,
    family: 15,
    romance: 5,
    career: 6,
    legal: 3,
    financial: 3,
    health: 8,
    selfHarm: 1,
    other: 4,
  },
};

export function readSeedCodes(db: Db): SeedCodes {
  const rows = db
    .prepare(
      'SELECT list, code, parent_code FROM ref_item WHERE active = 1 ORDER BY list, sort_order, code',
    )
    .all() as {
    list: RefList;
    code: string;
    parent_code: string | null;
  }[];
  const of = (list: RefList): Weighted =>
    rows.filter((r) => r.list === list).map((r) => [r.code, WEIGHTS[list]?.[r.code] ?? 1] as const);
  const needed: RefList[] = ['staffCategory', 'facet', 'channel', 'caseSource', 'closingReason'];
  // Without the starting lists there is nothing valid to write: setup (or `cli init`) seeds them.
  if (needed.some((list) => of(list).length === 0))
    throw new AppError('CONFLICT', { key: 'errors.seedNeedsReference' });
  const topicsByFacet = new Map<string, string[]>();
  for (const r of rows) {
    if (r.list !== 'topic' || r.parent_code === null) continue;
    topicsByFacet.set(r.parent_code, [...(topicsByFacet.get(r.parent_code) ?? []), r.code]);
  }
  return {
    staffCategory: of('staffCategory'),
    facet: of('facet'),
    channel: of('channel'),
    caseSource: of('caseSource'),
    serviceItem: of('serviceItem'),
    closingReason: of('closingReason'),
    presentingIssue: of('presentingIssue'),
    specialGroup: of('specialGroup').map(([code]) => code),
    topicsByFacet,
  };
}
