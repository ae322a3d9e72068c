import type { CaseStatus, RiskLevel } from '../../../../shared/domain/reference-lists';
import type { CaseListFilter, CaseSort } from '../../../../shared/ipc/schemas/case-list';

/**
 * What the case list is filtered and sorted by, as the page holds it. Empty values mean "no
 * condition"; `toListFilter` drops them, so the query key, the saved filter and core's input are
 * the same small object for the same question.
 */
export interface CaseFilterState {
  readonly status: readonly CaseStatus[];
  readonly facets: readonly string[];
  readonly riskLevels: readonly RiskLevel[];
  readonly deskOwnerId: string | null;
  readonly counsellorId: string | null;
  readonly providerId: string | null;
  readonly agencyId: string | null;
  readonly requestedFrom: string | null;
  readonly requestedTo: string | null;
  readonly overdue: boolean;
  readonly search: string;
  readonly sort: CaseSort;
  readonly dir: 'asc' | 'desc';
}

export const EMPTY_FILTER: CaseFilterState = {
  status: [],
  facets: [],
  riskLevels: [],
  deskOwnerId: null,
  counsellorId: null,
  providerId: null,
  agencyId: null,
  requestedFrom: null,
  requestedTo: null,
  overdue: false,
  search: '',
  sort: 'updatedAt',
  dir: 'desc',
};

/** Fields a chip can remove, one at a time. */
export type FilterField = Exclude<keyof CaseFilterState, 'sort' | 'dir'>;

/** Core's filter: only conditions that are set, in a stable order (one cache entry per question). */
export function toListFilter(s: CaseFilterState): CaseListFilter {
  const search = s.search.trim();
  return {
    ...(s.status.length ? { status: [...s.status].sort() } : {}),
    ...(s.facets.length ? { facets: [...s.facets].sort() } : {}),
    ...(s.riskLevels.length ? { riskLevels: [...s.riskLevels].sort() } : {}),
    ...(s.deskOwnerId ? { deskOwnerId: s.deskOwnerId } : {}),
    ...(s.counsellorId ? { counsellorId: s.counsellorId } : {}),
    ...(s.providerId ? { providerId: s.providerId } : {}),
    ...(s.agencyId ? { agencyId: s.agencyId } : {}),
    ...(s.requestedFrom ? { requestedFrom: s.requestedFrom } : {}),
    ...(s.requestedTo ? { requestedTo: s.requestedTo } : {}),
    ...(s.overdue ? { overdue: true } : {}),
    ...(search ? { search } : {}),
    sort: s.sort,
    dir: s.dir,
  };
}

/** A saved filter back into page state; anything it does not say is "no condition". */
export function fromListFilter(f: CaseListFilter): CaseFilterState {
  return {
    status: f.status ?? [],
    facets: f.facets ?? [],
    riskLevels: f.riskLevels ?? [],
    deskOwnerId: f.deskOwnerId ?? null,
    counsellorId: f.counsellorId ?? null,
    providerId: f.providerId ?? null,
    agencyId: f.agencyId ?? null,
    requestedFrom: f.requestedFrom ?? null,
    requestedTo: f.requestedTo ?? null,
    overdue: f.overdue ?? false,
    search: f.search ?? '',
    sort: f.sort ?? EMPTY_FILTER.sort,
    dir: f.dir ?? EMPTY_FILTER.dir,
  };
}

/** Adds or removes one value of a multi-valued condition (a chip pressed or released). */
export function toggleValue<T extends string>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** The condition a field holds, cleared; sorting is left as it was. */
export function clearField(s: CaseFilterState, field: FilterField): CaseFilterState {
  return { ...s, [field]: EMPTY_FILTER[field] };
}

/** Fields that currently narrow the list, in the order their chips are shown. */
export function activeFields(s: CaseFilterState): FilterField[] {
  const order: FilterField[] = [
    'search',
    'status',
    'riskLevels',
    'facets',
    'overdue',
    'agencyId',
    'deskOwnerId',
    'counsellorId',
    'providerId',
    'requestedFrom',
    'requestedTo',
  ];
  return order.filter((f) => {
    const v = s[f];
    return Array.isArray(v) ? v.length > 0 : typeof v === 'string' ? v.trim() !== '' : v === true;
  });
}

/** Two states ask core the same question (a saved filter is "current" when it matches). */
export const sameFilter = (a: CaseListFilter, b: CaseListFilter): boolean =>
  JSON.stringify(toListFilter(fromListFilter(a))) ===
  JSON.stringify(toListFilter(fromListFilter(b)));
