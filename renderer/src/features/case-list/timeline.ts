import type { CaseStatus, RiskLevel } from '../../../../shared/domain/reference-lists';
import type { CaseDetail } from '../../../../shared/ipc/schemas/cases';

/**
 * Everything that happened on a case, as typed events on one line of time. Each source (the
 * case itself today; sessions and referrals later) maps its records with a small function of
 * its own and the timeline merges them: a new kind plugs in by adding a variant and a mapper.
 * Events carry logistics only — never a summary or anything clinical — because the timeline is
 * also what an internal printout shows.
 */
interface EventBase {
  /** Unique across kinds: `<kind>:<record id>`. */
  readonly id: string;
  /** ISO calendar day. */
  readonly on: string;
  /** Ties on the same day: the order things were recorded (epoch ms, or 0 if unknown). */
  readonly at: number;
  readonly by: string | null;
}

export type TimelineEvent =
  | (EventBase & { readonly kind: 'opened'; readonly channel: string })
  | (EventBase & {
      readonly kind: 'status';
      readonly from: CaseStatus | null;
      readonly to: CaseStatus;
      readonly reason: string | null;
    })
  | (EventBase & { readonly kind: 'risk'; readonly level: RiskLevel; readonly first: boolean })
  | (EventBase & {
      readonly kind: 'consent';
      readonly consentKind: CaseDetail['consents'][number]['kind'];
      readonly status: CaseDetail['consents'][number]['status'];
    })
  | (EventBase & {
      readonly kind: 'consentWithdrawn';
      readonly consentKind: CaseDetail['consents'][number]['kind'];
    })
  | (EventBase & {
      readonly kind: 'contact';
      readonly channel: string;
      readonly serviceItem: string;
      readonly minutes: number | null;
    });

export type TimelineKind = TimelineEvent['kind'];

/** The case's own history: intake, status and risk changes, consents, contacts. */
export function caseEvents(c: CaseDetail): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  // The first status row is the intake itself (from = null); it is shown as "case opened".
  // Several moves on one day keep the order core recorded them in (the history's order).
  c.statusHistory.forEach((s, i) => {
    if (s.from === null) {
      events.push({
        id: `opened:${s.id}`,
        kind: 'opened',
        on: s.changedOn,
        at: c.createdAt,
        by: s.changedBy.displayName,
        channel: c.channel,
      });
    } else {
      events.push({
        id: `status:${s.id}`,
        kind: 'status',
        on: s.changedOn,
        at: i,
        by: s.changedBy.displayName,
        from: s.from,
        to: s.to,
        reason: s.reason,
      });
    }
  });
  c.riskHistory.forEach((r, i) => {
    events.push({
      id: `risk:${r.id}`,
      kind: 'risk',
      on: r.assessedOn,
      at: 0,
      by: r.assessedBy.displayName,
      level: r.level,
      first: i === 0,
    });
  });
  for (const k of c.consents) {
    events.push({
      id: `consent:${k.id}`,
      kind: 'consent',
      on: k.givenOn,
      at: k.createdAt,
      by: k.recordedBy.displayName,
      consentKind: k.kind,
      status: k.status,
    });
    if (k.withdrawnOn) {
      events.push({
        id: `consentWithdrawn:${k.id}`,
        kind: 'consentWithdrawn',
        on: k.withdrawnOn,
        at: 0,
        by: null,
        consentKind: k.kind,
      });
    }
  }
  for (const x of c.contacts) {
    events.push({
      id: `contact:${x.id}`,
      kind: 'contact',
      on: x.occurredOn,
      at: 0,
      by: null,
      channel: x.channel,
      serviceItem: x.serviceItem,
      minutes: x.minutes,
    });
  }
  return events;
}

/** Where kinds fall within one day when nothing else orders them: the case opens first. */
const KIND_ORDER: Readonly<Record<TimelineKind, number>> = {
  opened: 0,
  risk: 1,
  consent: 2,
  contact: 3,
  consentWithdrawn: 4,
  status: 5,
};

/** Merges events from every source, newest first (or oldest first for a printout). */
export function mergeTimeline(
  sources: readonly (readonly TimelineEvent[])[],
  order: 'newest' | 'oldest' = 'newest',
): TimelineEvent[] {
  const sign = order === 'newest' ? -1 : 1;
  const seen = new Set<string>();
  const all = sources.flat().filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
  return all.sort(
    (a, b) =>
      sign * (a.on.localeCompare(b.on) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.at - b.at) ||
      a.id.localeCompare(b.id),
  );
}
