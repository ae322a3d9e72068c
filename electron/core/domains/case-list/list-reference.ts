import type { CaseListFilter, CaseSort } from '../../../../shared/ipc/schemas/case-list';
import { phoneDigits, segmentForSearch } from '../../search/fold';
import { subtree, type RefCase, type Snapshot } from './list-test-kit';

/**
 * Test helper (not product code): the case list's meaning written plainly in JS over a snapshot,
 * so tests compare the SQL with an independent answer rather than with itself.
 */
function matchesSearch(c: RefCase, raw: string): boolean {
  const q = raw.normalize('NFKC').trim();
  const full = /^(\d{3})\s*-\s*(\d{1,6})$/.exec(q);
  if (full) return c.case_number === `${Number(full[1])}-${full[2]!.padStart(6, '0')}`;
  if (q.includes('@')) return c.email !== null && c.email.startsWith(q.toLowerCase());
  if (/^[\d\s()+#-]+$/.test(q)) {
    const digits = phoneDigits(q) ?? '';
    const bySequence =
      /^\d+$/.test(q) &&
      digits.length <= 6 &&
      c.case_number.endsWith(`-${digits.padStart(6, '0')}`);
    const byPhone = digits.length >= 4 && (c.phone_digits ?? '').includes(digits);
    return bySequence || byPhone;
  }
  const seg = segmentForSearch(q);
  return ` ${c.name_search} `.includes(` ${seg} `) || ` ${c.name_search}`.includes(` ${seg}`);
}

export function expectedCases(snap: Snapshot, f: CaseListFilter, today: string): RefCase[] {
  const agencies = f.agencyId ? subtree(snap.parentOf, f.agencyId) : null;
  return snap.cases.filter(
    (c) =>
      (!f.status?.length || f.status.includes(c.status as never)) &&
      (!f.riskLevels?.length || f.riskLevels.includes(c.risk_level as never)) &&
      (!f.facets?.length || f.facets.some((x) => c.facets.includes(x))) &&
      (!f.deskOwnerId || c.desk_owner_id === f.deskOwnerId) &&
      (!f.counsellorId || c.counsellor_id === f.counsellorId) &&
      (!f.providerId || c.provider_id === f.providerId) &&
      (!agencies || (c.agency_id !== null && agencies.has(c.agency_id))) &&
      (!f.requestedFrom || c.requested_on >= f.requestedFrom) &&
      (!f.requestedTo || c.requested_on <= f.requestedTo) &&
      (!f.overdue ||
        (c.status !== 'closed' && c.next_follow_up !== null && c.next_follow_up < today)) &&
      (!f.search?.trim() || matchesSearch(c, f.search)),
  );
}

const sortKey = (c: RefCase, sort: CaseSort): string | number =>
  sort === 'updatedAt'
    ? c.updated_at
    : sort === 'requestedOn'
      ? c.requested_on
      : sort === 'caseNumber'
        ? c.case_number
        : (c.next_follow_up ?? '9999-12-31');

/** SQLite's BINARY order on these ASCII keys is JS's code-unit order. */
export function sortCases(
  cases: readonly RefCase[],
  sort: CaseSort,
  dir: 'asc' | 'desc',
): RefCase[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...cases].sort((a, b) => {
    const ka = sortKey(a, sort);
    const kb = sortKey(b, sort);
    if (ka !== kb) return (ka < kb ? -1 : 1) * sign;
    return (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) * sign;
  });
}
