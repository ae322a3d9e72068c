import type { ConsentKind, ServiceConsentState } from '../../../../shared/domain/reference-lists';
import type { ConsentState } from '../../../../shared/ipc/schemas/cases';

/** The facts the derived state needs, whatever their source (stored rows or intake entries). */
export interface ConsentFact {
  readonly kind: ConsentKind;
  readonly status: 'given' | 'refused';
  readonly givenOn: string;
  readonly expiresOn: string | null;
  readonly withdrawnOn: string | null;
}

/**
 * The state of one kind on a day: the latest fact recorded on or before that day decides (a
 * later refusal overrides an earlier consent, a new consent overrides an old withdrawal).
 * `facts` must be in recording order.
 */
export function kindState(
  facts: readonly ConsentFact[],
  kind: ConsentKind,
  asOf: string,
): ServiceConsentState {
  let latest: ConsentFact | undefined;
  for (const f of facts)
    if (f.kind === kind && f.givenOn <= asOf && (!latest || f.givenOn >= latest.givenOn))
      latest = f;
  if (!latest) return 'none';
  if (latest.status === 'refused') return 'refused';
  if (latest.withdrawnOn !== null && latest.withdrawnOn <= asOf) return 'withdrawn';
  if (latest.expiresOn !== null && latest.expiresOn < asOf) return 'expired';
  return 'given';
}

export function consentStateOn(facts: readonly ConsentFact[], asOf: string): ConsentState {
  return {
    informed: kindState(facts, 'informed', asOf) === 'given',
    service: kindState(facts, 'service', asOf),
    managerAttendance: kindState(facts, 'managerAttendance', asOf) === 'given',
  };
}
