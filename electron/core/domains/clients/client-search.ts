import type { ClientSummary } from '../../../../shared/ipc/schemas/clients';
import type { Db } from '../../db/open';
import { phoneDigits } from '../../search/fold';
import {
  CLIENT_NAME_ROWIDS,
  CLIENT_PHONE_ROWIDS,
  MIN_PHONE_DIGITS,
  parseSearch,
  phoneMatch,
} from '../case-list/search-terms';
import { CLIENT_SELECT, toSummary, type ClientDbRow } from './clients.repo';

/**
 * clients.search (issue #6): the box is read as the case list reads its own (parseSearch) and
 * looked up through the same indexes — the FTS5 name index (segmented and folded, so 1, 2 or
 * more characters match as a phrase and 台/臺 are one), the trigram index of phone digits and the
 * e-mail index for an address prefix. Never a LIKE over every client. Merged records never
 * appear. Names and phones sort by name, e-mails by address; the id breaks ties.
 */
export interface ClientSearchSql {
  readonly sql: string;
  readonly params: readonly (string | number)[];
}

interface Lookup {
  readonly where: string;
  readonly params: readonly string[];
  /** The sort column; the id breaks ties. */
  readonly order: 'name' | 'email';
}

function lookup(q: string): Lookup | null {
  const term = parseSearch(q);
  const byPhone = (digits: string | null): Lookup | null =>
    digits && digits.length >= MIN_PHONE_DIGITS
      ? {
          where: `x.rowid IN (${CLIENT_PHONE_ROWIDS})`,
          params: [phoneMatch(digits)],
          order: 'name',
        }
      : null;
  switch (term.kind) {
    case 'none':
      return null;
    case 'name':
      return { where: `x.rowid IN (${CLIENT_NAME_ROWIDS})`, params: [term.match], order: 'name' };
    case 'email':
      return {
        where: 'x.email >= ? AND x.email < ?',
        params: [term.prefix, `${term.prefix}\uffff`],
        order: 'email',
      };
    case 'digits':
      return byPhone(term.phone);
    case 'caseNumber':
      // Clients have no case number: '037-123456' (a three-digit area code) is a phone here.
      return byPhone(phoneDigits(q));
  }
}

/**
 * The matching rowids are picked and cut to `limit` first, then only those rows are read in full
 * (the open-case count is a subquery per row: for '陳' it must not run for every 陳 on file).
 */
export function clientSearchSql(q: string, limit: number): ClientSearchSql | null {
  const l = lookup(q);
  if (!l) return null;
  return {
    sql: `${CLIENT_SELECT}
      WHERE c.rowid IN (SELECT x.rowid FROM client x WHERE x.merged_into IS NULL AND ${l.where}
                        ORDER BY x.${l.order}, x.id LIMIT ?)
      ORDER BY c.${l.order}, c.id`,
    params: [...l.params, limit],
  };
}

export function searchClients(db: Db, q: string, limit: number): ClientSummary[] {
  const s = clientSearchSql(q, limit);
  if (!s) return [];
  return (db.prepare(s.sql).all(...s.params) as ClientDbRow[]).map(toSummary);
}
