import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  caseListFilter,
  SAVED_FILTERS_MAX,
  type savedFilterRow,
  type savedFilterSaveInput,
} from '../../../../shared/ipc/schemas/case-list';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import type { Action } from '../reference/action';
import {
  countSavedFilters,
  deleteSavedFilter,
  getSavedFilter,
  insertSavedFilter,
  listSavedFilters,
  replaceSavedFilter,
  savedFilterByName,
} from './saved-filters.repo';

/**
 * Saved case-list filters, kept per person in the encrypted database (UX.md "Tables"). Each
 * person sees and changes only their own: another person's filter answers NOT_FOUND, exactly like
 * a filter that does not exist, so ids reveal nothing. Saving and deleting are audited (ids only).
 */
export function listOwnFilters(db: Db, accountId: string): z.output<typeof savedFilterRow>[] {
  return listSavedFilters(db, accountId).flatMap((r) => {
    // A filter saved by an older version that no longer validates is left out rather than
    // breaking the whole list; saving it again under its name replaces it.
    const parsed = caseListFilter.safeParse(JSON.parse(r.filter));
    return parsed.success
      ? [{ id: r.id, name: r.name, filter: parsed.data, updatedAt: r.updated_at }]
      : [];
  });
}

export function saveOwnFilter(
  a: Action,
  input: z.output<typeof savedFilterSaveInput>,
): { id: string } {
  const f = input.filter;
  if (f.requestedFrom && f.requestedTo && f.requestedTo < f.requestedFrom) {
    throw new AppError('VALIDATION', {
      issues: [{ path: ['filter', 'requestedTo'], key: 'validation.dateOrder' }],
    });
  }
  const json = JSON.stringify(f);
  const existing = savedFilterByName(a.db, a.actorId, input.name);
  if (existing) {
    replaceSavedFilter(a.db, existing.id, json, a.at, a.installationId);
    a.audit('savedFilter.saved', { type: 'savedFilter', id: existing.id }, { replaced: true });
    return { id: existing.id };
  }
  if (countSavedFilters(a.db, a.actorId) >= SAVED_FILTERS_MAX) {
    throw new AppError('CONFLICT', {
      key: 'errors.savedFilterLimit',
      params: { max: SAVED_FILTERS_MAX },
    });
  }
  const id = randomUUID();
  insertSavedFilter(
    a.db,
    { id, accountId: a.actorId, name: input.name, filter: json },
    a.at,
    a.installationId,
  );
  a.audit('savedFilter.saved', { type: 'savedFilter', id }, { replaced: false });
  return { id };
}

export function deleteOwnFilter(a: Action, id: string): void {
  const row = getSavedFilter(a.db, id);
  if (!row || row.account_id !== a.actorId) throw new AppError('NOT_FOUND');
  deleteSavedFilter(a.db, id);
  a.audit('savedFilter.deleted', { type: 'savedFilter', id });
}
