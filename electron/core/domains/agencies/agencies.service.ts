import type { z } from 'zod';
import type {
  AgencyRow,
  agencyCreateInput,
  agencyUpdateInput,
  setHeadcountInput,
} from '../../../../shared/ipc/schemas/agencies';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import { given, Issues, type Action } from '../reference/action';
import { checkCode } from '../reference/checks';
import {
  agencyIdByCode,
  allAgencies,
  deleteHeadcount,
  getAgency,
  insertAgency,
  listHeadcounts,
  nextAgencySortOrder,
  treeOrder,
  updateAgency,
  upsertHeadcount,
  wouldCycle,
} from './agencies.repo';

export function listAgencies(db: Db, includeInactive: boolean): AgencyRow[] {
  return treeOrder(allAgencies(db), includeInactive);
}

const parentOf = (db: Db) => (id: string) => getAgency(db, id)?.parent_id;

function checkParentExists(db: Db, issues: Issues, parentId: string | null | undefined): void {
  if (parentId && !getAgency(db, parentId)) issues.add(['parentId'], 'validation.unknownAgency');
}

export function createAgency(a: Action, input: z.output<typeof agencyCreateInput>): { id: string } {
  const issues = new Issues();
  if (agencyIdByCode(a.db, input.code)) issues.add(['code'], 'validation.codeTaken');
  checkParentExists(a.db, issues, input.parentId);
  issues.throwIfAny();
  const parentId = input.parentId ?? null;
  const id = insertAgency(
    a.db,
    {
      code: input.code,
      name: input.name,
      parentId,
      kind: input.kind,
      sortOrder: input.sortOrder ?? nextAgencySortOrder(a.db, parentId),
      active: true,
    },
    a.at,
    a.installationId,
  );
  a.audit('agency.created', { type: 'agency', id });
  return { id };
}

export function updateAgencyAction(a: Action, input: z.output<typeof agencyUpdateInput>): void {
  const row = getAgency(a.db, input.id);
  if (!row) throw new AppError('NOT_FOUND');
  const issues = new Issues();
  if (input.code !== undefined && input.code !== row.code && agencyIdByCode(a.db, input.code))
    issues.add(['code'], 'validation.codeTaken');
  checkParentExists(a.db, issues, input.parentId);
  issues.throwIfAny();
  const parentId = given(input.parentId) ? input.parentId : row.parent_id;
  // A move under itself or its own descendant would cut a branch off the tree.
  if (given(input.parentId) && wouldCycle(parentOf(a.db), row.id, parentId))
    throw new AppError('CONFLICT', { key: 'errors.agencyCycle' });
  const active = input.active ?? row.active === 1;
  updateAgency(
    a.db,
    row.id,
    {
      code: input.code ?? row.code,
      name: input.name ?? row.name,
      parentId,
      kind: input.kind ?? row.kind,
      sortOrder: input.sortOrder ?? row.sort_order,
      active,
    },
    a.at,
    a.installationId,
  );
  const action =
    active === (row.active === 1)
      ? parentId !== row.parent_id
        ? 'agency.moved'
        : 'agency.updated'
      : active
        ? 'agency.reactivated'
        : 'agency.deactivated';
  a.audit(action, { type: 'agency', id: row.id });
}

export function headcounts(db: Db, year: number) {
  return listHeadcounts(db, year).map((r) => ({
    agencyId: r.agency_id,
    year: r.year,
    category: r.category_code === '' ? null : r.category_code,
    headcount: r.headcount,
  }));
}

export function setHeadcount(a: Action, input: z.output<typeof setHeadcountInput>): void {
  if (!getAgency(a.db, input.agencyId)) throw new AppError('NOT_FOUND');
  const issues = new Issues();
  checkCode(a.db, issues, 'staffCategory', 'category', input.category);
  issues.throwIfAny();
  const category = input.category ?? '';
  if (input.headcount === null) deleteHeadcount(a.db, input.agencyId, input.year, category);
  else
    upsertHeadcount(
      a.db,
      input.agencyId,
      input.year,
      category,
      input.headcount,
      a.at,
      a.installationId,
    );
  a.audit(
    'agency.headcountSet',
    { type: 'agency', id: input.agencyId },
    { year: input.year, headcount: input.headcount },
  );
}
