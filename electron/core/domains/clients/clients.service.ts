import type { z } from 'zod';
import type {
  clientCreateInput,
  clientDetail,
  clientDuplicatesInput,
  clientUpdateInput,
} from '../../../../shared/ipc/schemas/clients';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import { phoneDigits, segmentForSearch } from '../../search/fold';
import { given, Issues, type Action } from '../reference/action';
import { checkAgency, checkCode, checkCodes } from '../reference/checks';
import {
  CLIENT_SELECT,
  clientCases,
  getClientRow,
  insertClient,
  toSummary,
  updateClient,
  type ClientDbRow,
  type ClientValues,
} from './clients.repo';

type CreateInput = z.output<typeof clientCreateInput>;
type Fields = Omit<CreateInput, 'specialGroups'> & { specialGroups: readonly string[] };

const blank = (v: string | null | undefined): string | null => (v ? v : null);

/**
 * Checks the codes and ids a call gives (an update checks only what it changes: a code kept from
 * before may have been deactivated since, and stays readable on the record).
 */
function checkFields(a: Action, f: { [K in keyof Fields]?: Fields[K] | undefined }): void {
  const issues = new Issues();
  checkAgency(a.db, issues, 'agencyId', f.agencyId);
  checkCode(a.db, issues, 'staffCategory', 'category', f.category);
  checkCodes(a.db, issues, 'specialGroup', 'specialGroups', f.specialGroups);
  if (
    f.birthYear !== null &&
    f.birthYear !== undefined &&
    f.birthYear > Number(a.today.slice(0, 4))
  )
    issues.add(['birthYear'], 'validation.birthYear');
  issues.throwIfAny();
}

/** The stored form, with the folded/segmented name and digits-only phone the searches use. */
function toValues(f: Fields): ClientValues {
  const phone = blank(f.phone);
  return {
    name: f.name,
    nameSearch: segmentForSearch(f.name),
    agencyId: f.agencyId ?? null,
    category: f.category ?? null,
    gender: f.gender,
    birthYear: f.birthYear ?? null,
    isManager: f.isManager,
    phone,
    phoneDigits: phoneDigits(phone),
    email: blank(f.email)?.toLowerCase() ?? null,
    specialGroups: [...new Set(f.specialGroups)],
  };
}

export function createClient(a: Action, input: CreateInput): { id: string } {
  checkFields(a, input);
  const id = insertClient(a.db, toValues(input), a.at, a.installationId);
  a.audit('client.created', { type: 'client', id });
  return { id };
}

export function requireClient(db: Db, id: string): ClientDbRow {
  const row = getClientRow(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function updateClientAction(a: Action, input: z.output<typeof clientUpdateInput>): void {
  const row = requireClient(a.db, input.id);
  if (row.merged_into) throw new AppError('CONFLICT', { key: 'errors.clientMerged' });
  const { id: _id, ...patch } = input;
  checkFields(a, patch);
  const fields: Fields = {
    name: input.name ?? row.name,
    agencyId: given(input.agencyId) ? input.agencyId : row.agency_id,
    category: given(input.category) ? input.category : row.category_code,
    gender: input.gender ?? row.gender,
    birthYear: given(input.birthYear) ? input.birthYear : row.birth_year,
    isManager: input.isManager ?? row.is_manager === 1,
    phone: given(input.phone) ? input.phone : row.phone,
    email: given(input.email) ? input.email : row.email,
    specialGroups: input.specialGroups ?? (JSON.parse(row.special_groups) as string[]),
  };
  updateClient(a.db, row.id, toValues(fields), a.at, a.installationId);
  const changed = Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined);
  a.audit('client.updated', { type: 'client', id: row.id }, { fields: changed.join(',') });
}

export function getClientDetail(db: Db, id: string): z.output<typeof clientDetail> {
  const row = requireClient(db, id);
  return {
    ...toSummary(row),
    specialGroups: JSON.parse(row.special_groups) as string[],
    mergedInto: row.merged_into,
    cases: clientCases(db, id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

type Reason = 'nameAgency' | 'phone' | 'email';

/** Candidates for "is this person already here?": same folded name at the same agency, same phone digits, or same e-mail. */
export function findDuplicates(db: Db, input: z.output<typeof clientDuplicatesInput>) {
  const found = new Map<string, { row: ClientDbRow; reasons: Reason[] }>();
  const add = (reason: Reason, rows: ClientDbRow[]) => {
    for (const row of rows) {
      if (row.id === input.excludeId) continue;
      const entry = found.get(row.id) ?? { row, reasons: [] };
      entry.reasons.push(reason);
      found.set(row.id, entry);
    }
  };
  const live = 'c.merged_into IS NULL';
  const seg = segmentForSearch(input.name);
  if (seg && input.agencyId)
    add(
      'nameAgency',
      db
        .prepare(
          `${CLIENT_SELECT} WHERE ${live} AND c.agency_id = ? AND c.name_search = ? LIMIT 20`,
        )
        .all(input.agencyId, seg) as ClientDbRow[],
    );
  const digits = phoneDigits(input.phone);
  // Short numbers (extensions) are shared by many people: not a sign of the same person.
  if (digits && digits.length >= 6)
    add(
      'phone',
      db
        .prepare(`${CLIENT_SELECT} WHERE ${live} AND c.phone_digits = ? LIMIT 20`)
        .all(digits) as ClientDbRow[],
    );
  const email = input.email?.trim().toLowerCase();
  if (email)
    add(
      'email',
      db
        .prepare(`${CLIENT_SELECT} WHERE ${live} AND c.email = ? LIMIT 20`)
        .all(email) as ClientDbRow[],
    );
  return [...found.values()]
    .slice(0, 20)
    .map((e) => ({ client: toSummary(e.row), reasons: e.reasons }));
}

/**
 * Two records of one person become one: cases and contacts move to the kept record, the other
 * points at it (merged_into) and leaves search; records merged into it earlier follow. Nothing
 * is copied between the two: the person edits the kept record if it lacks something.
 */
export function mergeClients(a: Action, keepId: string, mergeId: string): void {
  const keep = requireClient(a.db, keepId);
  const merge = requireClient(a.db, mergeId);
  if (keepId === mergeId || keep.merged_into || merge.merged_into)
    throw new AppError('CONFLICT', { key: 'errors.mergeInvalid' });
  const cases = a.db
    .prepare('UPDATE case_file SET client_id = ?, updated_at = ? WHERE client_id = ?')
    .run(keepId, a.at, mergeId).changes;
  const contacts = a.db
    .prepare('UPDATE contact SET client_id = ?, updated_at = ? WHERE client_id = ?')
    .run(keepId, a.at, mergeId).changes;
  a.db
    .prepare(
      'UPDATE client SET merged_into = ?, updated_at = ?, installation_id = ? WHERE id = ? OR merged_into = ?',
    )
    .run(keepId, a.at, a.installationId, mergeId, mergeId);
  a.audit('client.merged', { type: 'client', id: keepId }, { mergedId: mergeId, cases, contacts });
}
