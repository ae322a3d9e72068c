import type { Role } from '../../../../shared/domain/app-state';
import type { RefList } from '../../../../shared/domain/reference-lists';
import type { Db } from '../../db/open';
import type { Issues } from './action';

/**
 * Checks the services run after zod: codes must be ACTIVE items of the right list (an inactive
 * one stays readable on old records but leaves new input), ids must name live rows.
 */
export function isActiveCode(db: Db, list: RefList, code: string): boolean {
  return (
    db
      .prepare('SELECT 1 FROM ref_item WHERE list = ? AND code = ? AND active = 1')
      .get(list, code) !== undefined
  );
}

export function checkCode(
  db: Db,
  issues: Issues,
  list: RefList,
  path: string,
  code: string | null | undefined,
): void {
  if (code === null || code === undefined) return;
  if (!isActiveCode(db, list, code)) issues.add([path], 'validation.unknownCode');
}

/** Returns the codes without repeats (the case link tables key on them). */
export function checkCodes(
  db: Db,
  issues: Issues,
  list: RefList,
  path: string,
  codes: readonly string[] | undefined,
): string[] {
  if (!codes) return [];
  const unique = [...new Set(codes)];
  codes.forEach((code, i) => {
    if (codes.indexOf(code) === i && !isActiveCode(db, list, code))
      issues.add([path, i], 'validation.unknownCode');
  });
  return unique;
}

export function checkAgency(
  db: Db,
  issues: Issues,
  path: string,
  agencyId: string | null | undefined,
): void {
  if (agencyId === null || agencyId === undefined) return;
  if (!db.prepare('SELECT 1 FROM agency WHERE id = ? AND active = 1').get(agencyId))
    issues.add([path], 'validation.unknownAgency');
}

/** Owners and counsellors: an ACTIVE account with one of the given roles. */
export function checkAccount(
  db: Db,
  issues: Issues,
  path: string,
  accountId: string | null | undefined,
  roles: readonly Role[],
): void {
  if (accountId === null || accountId === undefined) return;
  const row = db
    .prepare("SELECT role FROM account WHERE id = ? AND status = 'active'")
    .get(accountId) as { role: Role } | undefined;
  if (!row || !roles.includes(row.role)) issues.add([path], 'validation.accountNotEligible');
}

export function checkProvider(
  db: Db,
  issues: Issues,
  path: string,
  providerId: string | null | undefined,
): void {
  if (providerId === null || providerId === undefined) return;
  if (!db.prepare('SELECT 1 FROM provider WHERE id = ? AND active = 1').get(providerId))
    issues.add([path], 'validation.unknownProvider');
}

/** Dates a person records as having happened: not after today (a typo such as 2052 is caught here). */
export function checkNotFuture(
  issues: Issues,
  path: string,
  iso: string | null | undefined,
  today: string,
): void {
  if (iso && iso > today) issues.add([path], 'validation.dateInFuture');
}

/** `later` must be on or after `earlier` (ISO dates compare as text). */
export function checkOrder(
  issues: Issues,
  path: string,
  earlier: string | null | undefined,
  later: string | null | undefined,
): void {
  if (earlier && later && later < earlier) issues.add([path], 'validation.dateOrder');
}
