import type { CaseStatus, RiskLevel } from '../../../shared/domain/reference-lists';
import type { SeedCodes } from './codes';
import { weekdayOf } from './days';
import type { Rng } from './prng';

/** Who the cases are given to; real accounts, made before the data. */
export interface SeedStaff {
  readonly desk: readonly string[];
  readonly counsellors: readonly string[];
}

export interface CaseSpec {
  readonly id: string;
  readonly day: number;
  clientIndex: number;
  readonly channel: string;
  readonly source: string;
  readonly voluntary: boolean;
  readonly serviceItem: string | null;
  readonly facets: readonly string[];
  readonly topics: readonly string[];
  readonly issues: readonly string[];
  readonly firstRisk: RiskLevel;
  readonly risk: RiskLevel;
  readonly status: CaseStatus;
  readonly deskOwner: string;
  readonly counsellor: string | null;
  /** Index into the providers list (contracted providers counsel outsourced cases). */
  readonly provider: number | null;
  readonly nextFollowUp: number | null;
  readonly activeDay: number | null;
  readonly closedDay: number | null;
  readonly closingReason: string | null;
}

const RISKS: readonly (readonly [RiskLevel, number])[] = [
  ['general', 62],
  ['concern', 27],
  ['high', 9],
  ['crisis', 2],
];
const ORDER: readonly RiskLevel[] = ['general', 'concern', 'high', 'crisis'];

/** Request days: ten years with a few percent more cases each year, mostly on weekdays. */
export function requestDays(rng: Rng, n: number, firstDay: number, lastDay: number): number[] {
  const span = lastDay - firstDay + 1;
  const days: number[] = [];
  while (days.length < n) {
    // Linear growth: density at the end is 1.5 times that at the start (rejection sampling).
    const d = firstDay + rng.int(span);
    if (rng.next() * 1.5 > 1 + (0.5 * (d - firstDay)) / span) continue;
    if ((weekdayOf(d) === 0 || weekdayOf(d) === 6) && rng.chance(0.9)) continue;
    days.push(d);
  }
  return days.sort((a, b) => a - b);
}

/** Older cases are almost all closed; recent ones are still in intake or active. */
function statusFor(rng: Rng, age: number): CaseStatus {
  if (age > 365) return rng.chance(0.99) ? 'closed' : 'active';
  if (age > 180) return rng.chance(0.9) ? 'closed' : 'active';
  if (age > 60)
    return rng.weighted<CaseStatus>([
      ['closed', 65],
      ['active', 33],
      ['intake', 2],
    ]);
  if (age > 14)
    return rng.weighted<CaseStatus>([
      ['closed', 30],
      ['active', 60],
      ['intake', 10],
    ]);
  return rng.weighted<CaseStatus>([
    ['closed', 5],
    ['active', 45],
    ['intake', 50],
  ]);
}

export function planCase(
  rng: Rng,
  day: number,
  today: number,
  codes: SeedCodes,
  staff: SeedStaff,
  contracted: readonly number[],
): CaseSpec {
  const age = today - day;
  const status = statusFor(rng, age);
  const facets = rng.chance(0.75)
    ? [rng.weighted(codes.facet)]
    : [
        ...new Set([
          rng.weighted(codes.facet),
          rng.weighted(codes.facet),
          rng.weighted(codes.facet),
        ]),
      ].slice(0, rng.chance(0.85) ? 2 : 3);
  const topics = facets.flatMap((f) =>
    rng.sample(codes.topicsByFacet.get(f) ?? [], rng.between(1, 2)),
  );
  const issues =
    codes.presentingIssue.length > 0
      ? [
          ...new Set([rng.weighted(codes.presentingIssue), rng.weighted(codes.presentingIssue)]),
        ].slice(0, rng.between(1, 2))
      : [];
  const firstRisk = rng.weighted(RISKS);
  // A risk level is reassessed in about one case in six, mostly one step either way.
  const step = rng.chance(0.16) ? rng.pick([-1, 1]) : 0;
  const risk = ORDER[Math.min(3, Math.max(0, ORDER.indexOf(firstRisk) + step))] as RiskLevel;
  const route = rng.next();
  const inHouse = staff.counsellors.length > 0 && (route < 0.7 || contracted.length === 0);
  const counsellor =
    status === 'intake' && rng.chance(0.6) ? null : inHouse ? rng.pick(staff.counsellors) : null;
  const provider =
    !inHouse && contracted.length > 0 && status !== 'intake' ? rng.pick(contracted) : null;
  const closedDay =
    status === 'closed'
      ? Math.min(today, day + rng.between(7, Math.min(240, Math.max(7, age))))
      : null;
  const activeDay =
    status === 'intake' || (status === 'closed' && rng.chance(0.1))
      ? null
      : Math.min(closedDay ?? today, day + rng.between(0, 10));
  return {
    id: rng.uuid(),
    day,
    clientIndex: -1,
    channel: rng.weighted(codes.channel),
    source: rng.weighted(codes.caseSource),
    voluntary: rng.chance(0.92),
    serviceItem:
      codes.serviceItem.length > 0 && rng.chance(0.9) ? rng.weighted(codes.serviceItem) : null,
    facets,
    topics,
    issues,
    firstRisk,
    risk,
    status,
    deskOwner: rng.pick(staff.desk),
    counsellor,
    provider,
    nextFollowUp: followUp(rng, status, day, today),
    activeDay,
    closedDay,
    closingReason: status === 'closed' ? rng.weighted(codes.closingReason) : null,
  };
}

/**
 * Every open case has a next follow-up (Taoyuan's case tracking); about a quarter of them are
 * overdue, a few are due today. A closed case sometimes keeps its last date: it must never count
 * as overdue. Never before the request day (the intake rule).
 */
function followUp(rng: Rng, status: CaseStatus, day: number, today: number): number | null {
  if (status === 'closed') return rng.chance(0.1) ? day + rng.between(0, 30) : null;
  const offset = rng.weighted<number>([
    [-rng.between(1, 40), 25],
    [0, 5],
    [rng.between(1, 45), 70],
  ]);
  return Math.max(day, today + offset);
}
