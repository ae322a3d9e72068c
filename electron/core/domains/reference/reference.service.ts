import type { z } from 'zod';
import type { CityPreset } from '../../../../shared/domain/city-presets';
import {
  REFERENCE_DEFAULTS,
  STAFF_CATEGORY_LABELS,
  type RefDefault,
} from '../../../../shared/domain/reference-defaults';
import { REF_PARENT_LIST, type RefList } from '../../../../shared/domain/reference-lists';
import type {
  RefItem,
  referenceCreateInput,
  referenceListInput,
  referenceUpdateInput,
} from '../../../../shared/ipc/schemas/reference';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import { given, Issues, type Action } from './action';
import { isActiveCode } from './checks';
import {
  deleteRefItem,
  getRefItem,
  insertRefItem,
  listRefItems,
  nextSortOrder,
  refCodeExists,
  updateRefItem,
} from './reference.repo';
import { referenceInUse } from './reference.usage';

export function listReference(db: Db, input: z.output<typeof referenceListInput>): RefItem[] {
  const items = listRefItems(db, input.list, input.includeInactive);
  return input.withUsage
    ? items.map((i) => ({ ...i, inUse: referenceInUse(db, i.list, i.code) }))
    : items;
}

/** Topics need an active facet as parent; other lists take no parent. */
function checkParent(
  db: Db,
  issues: Issues,
  list: RefList,
  parentCode: string | null | undefined,
  required: boolean,
): void {
  const parentList = REF_PARENT_LIST[list];
  if (!parentList) {
    if (parentCode) issues.add(['parentCode'], 'validation.notApplicable');
    return;
  }
  if (!parentCode) {
    if (required) issues.add(['parentCode'], 'validation.required');
    return;
  }
  if (!isActiveCode(db, parentList, parentCode))
    issues.add(['parentCode'], 'validation.unknownCode');
}

export function createReference(
  a: Action,
  input: z.output<typeof referenceCreateInput>,
): { id: string } {
  const issues = new Issues();
  if (refCodeExists(a.db, input.list, input.code)) issues.add(['code'], 'validation.codeTaken');
  checkParent(a.db, issues, input.list, input.parentCode, true);
  issues.throwIfAny();
  const { id } = insertRefItem(
    a.db,
    {
      list: input.list,
      code: input.code,
      labelZh: input.labelZh,
      labelEn: input.labelEn,
      parentCode: input.parentCode ?? null,
      sortOrder: input.sortOrder ?? nextSortOrder(a.db, input.list),
    },
    a.at,
    a.installationId,
  );
  a.audit('reference.created', { type: 'refItem', id }, { list: input.list });
  return { id };
}

export function updateReference(a: Action, input: z.output<typeof referenceUpdateInput>): void {
  const item = getRefItem(a.db, input.id);
  if (!item) throw new AppError('NOT_FOUND');
  const issues = new Issues();
  if (given(input.parentCode)) checkParent(a.db, issues, item.list, input.parentCode, true);
  issues.throwIfAny();
  const next = {
    labelZh: input.labelZh ?? item.labelZh,
    labelEn: input.labelEn ?? item.labelEn,
    parentCode: given(input.parentCode) ? input.parentCode : item.parentCode,
    sortOrder: input.sortOrder ?? item.sortOrder,
    active: input.active ?? item.active,
  };
  updateRefItem(a.db, item.id, next, a.at, a.installationId);
  const action =
    next.active === item.active
      ? 'reference.updated'
      : next.active
        ? 'reference.reactivated'
        : 'reference.deactivated';
  a.audit(action, { type: 'refItem', id: item.id }, { list: item.list });
}

/** Deleting is for mistakes nobody used yet; anything in use is deactivated instead. */
export function deleteReference(a: Action, id: string): void {
  const item = getRefItem(a.db, id);
  if (!item) throw new AppError('NOT_FOUND');
  if (referenceInUse(a.db, item.list, item.code))
    throw new AppError('CONFLICT', { key: 'errors.referenceInUse' });
  deleteRefItem(a.db, id);
  a.audit('reference.deleted', { type: 'refItem', id }, { list: item.list });
}

/**
 * The starting lists for a new office: staff categories from the city preset, the rest from
 * shared/domain/reference-defaults.ts. Idempotent (INSERT OR IGNORE by list and code), so it is
 * safe to run again and never overwrites the administrator's labels. Runs inside the caller's
 * transaction (setup, CLI init). Returns how many items were added.
 */
export function seedReferenceDefaults(
  db: Db,
  preset: CityPreset,
  at: number,
  installationId: string,
): number {
  const lists: [RefList, readonly RefDefault[]][] = [
    [
      'staffCategory',
      preset.staffCategories.map((code) => ({ code, ...STAFF_CATEGORY_LABELS[code] })),
    ],
    ...(Object.entries(REFERENCE_DEFAULTS) as [RefList, readonly RefDefault[]][]),
  ];
  let added = 0;
  for (const [list, items] of lists) {
    items.forEach((item, i) => {
      const row = {
        list,
        code: item.code,
        labelZh: item.zh,
        labelEn: item.en,
        parentCode: item.parent ?? null,
        sortOrder: (i + 1) * 10,
      };
      if (insertRefItem(db, row, at, installationId).inserted) added += 1;
    });
  }
  return added;
}
