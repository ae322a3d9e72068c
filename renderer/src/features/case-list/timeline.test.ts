import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../../shared/ipc/schemas/cases';
import { caseEvents, mergeTimeline, type TimelineEvent } from './timeline';

const who = { id: 'a1', displayName: '承辦人甲' };

/** A case with generated values only; fields the timeline does not read are left plain. */
const detail = {
  id: 'c1',
  channel: 'phone',
  createdAt: 1000,
  statusHistory: [
    {
      id: 's1',
      from: null,
      to: 'intake',
      reason: null,
      summary: null,
      changedOn: '2025-03-05',
      changedBy: who,
    },
    {
      id: 's2',
      from: 'intake',
      to: 'closed',
      reason: 'goalsMet',
      summary: '行政摘要',
      changedOn: '2025-04-01',
      changedBy: who,
    },
  ],
  riskHistory: [
    { id: 'r1', level: 'general', assessedOn: '2025-03-05', assessedBy: who },
    { id: 'r2', level: 'high', assessedOn: '2025-03-10', assessedBy: who },
  ],
  consents: [
    {
      id: 'k1',
      kind: 'service',
      status: 'given',
      form: 'written',
      reference: 'A-1',
      witness: null,
      scope: null,
      givenOn: '2025-03-05',
      expiresOn: null,
      withdrawnOn: '2025-03-20',
      recordedBy: who,
      createdAt: 1001,
    },
  ],
  contacts: [
    { id: 'x1', occurredOn: '2025-03-12', channel: 'phone', serviceItem: 'consult', minutes: 15 },
  ],
} as unknown as CaseDetail;

describe('case timeline', () => {
  it('maps the case history to typed events without any free text', () => {
    const events = caseEvents(detail);
    expect(events.map((e) => e.kind).sort()).toEqual([
      'consent',
      'consentWithdrawn',
      'contact',
      'opened',
      'risk',
      'risk',
      'status',
    ]);
    expect(JSON.stringify(events)).not.toContain('行政摘要');
  });

  it('orders by day, the opening first within its day, newest or oldest first', () => {
    const oldest = mergeTimeline([caseEvents(detail)], 'oldest').map((e) => e.id);
    expect(oldest.slice(0, 3)).toEqual(['opened:s1', 'risk:r1', 'consent:k1']);
    expect(oldest.at(-1)).toBe('status:s2');
    expect(mergeTimeline([caseEvents(detail)], 'newest')[0]?.id).toBe('status:s2');
  });

  it('takes events from other sources and drops duplicates', () => {
    const later: TimelineEvent = {
      id: 'contact:x9',
      kind: 'contact',
      on: '2025-05-01',
      at: 0,
      by: null,
      channel: 'visit',
      serviceItem: 'consult',
      minutes: null,
    };
    const merged = mergeTimeline([caseEvents(detail), [later, later]], 'newest');
    expect(merged[0]).toEqual(later);
    expect(merged.filter((e) => e.id === later.id)).toHaveLength(1);
  });
});
