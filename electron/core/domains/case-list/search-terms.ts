import { phoneDigits, segmentForSearch } from '../../search/fold';

/**
 * What one search box means. A full case number ('114-000123', '114-123') finds that case; a
 * bare number of up to six digits is a case number in any year — and, from four digits on, also
 * a phone number, since '0295' may be either; longer digit runs (any formatting: '(02) 2422-0295')
 * are phone digits; text with '@' is an e-mail prefix; anything else is a name fragment.
 */
export type SearchTerm =
  | { readonly kind: 'none' }
  | { readonly kind: 'caseNumber'; readonly caseNumber: string }
  | { readonly kind: 'digits'; readonly sequence: string | null; readonly phone: string | null }
  | { readonly kind: 'email'; readonly prefix: string }
  | { readonly kind: 'name'; readonly match: string };

/** Phone search needs a few digits: fewer would match most people (extensions, 09…). */
export const MIN_PHONE_DIGITS = 4;
const SEQUENCE_DIGITS = 6;

export function parseSearch(raw: string | undefined): SearchTerm {
  const q = (raw ?? '').normalize('NFKC').trim();
  if (q === '') return { kind: 'none' };
  const full = /^(\d{1,3})\s*-\s*(\d{1,6})$/.exec(q);
  // '02-2422' is a phone fragment, not case 2422 of ROC year 2: ROC years here have 3 digits,
  // and none starts with 0, so '037-123456' (a three-digit area code) is a phone number too.
  if (full && full[1]!.length === 3 && !full[1]!.startsWith('0'))
    return {
      kind: 'caseNumber',
      caseNumber: `${Number(full[1])}-${full[2]!.padStart(SEQUENCE_DIGITS, '0')}`,
    };
  if (q.includes('@')) return { kind: 'email', prefix: q.toLowerCase() };
  if (/^[\d\s()+#-]+$/.test(q)) {
    const digits = phoneDigits(q) ?? '';
    const bare = /^\d+$/.test(q) && digits.length <= SEQUENCE_DIGITS;
    return {
      kind: 'digits',
      sequence: bare ? digits.padStart(SEQUENCE_DIGITS, '0') : null,
      phone: digits.length >= MIN_PHONE_DIGITS ? digits : null,
    };
  }
  const seg = segmentForSearch(q);
  if (seg === '') return { kind: 'none' };
  // A phrase of the segmented characters; the last token as a prefix, so 'wa' finds 'wang'.
  // segmentForSearch keeps only letters and digits, so no FTS syntax can get through.
  return { kind: 'name', match: `"${seg}"*` };
}

/**
 * The client rowids a 'name' term's `match` finds (FTS5 over the segmented, folded name) and a
 * run of phone digits finds (trigram FTS5), migration 0040 — for searches that start from the
 * client (clients.search). The digits are bound as `phoneMatch(digits)`: a quoted phrase.
 */
export const CLIENT_NAME_ROWIDS = 'SELECT rowid FROM client_name_fts WHERE client_name_fts MATCH ?';
export const CLIENT_PHONE_ROWIDS =
  'SELECT rowid FROM client_phone_fts WHERE client_phone_fts MATCH ?';
export const phoneMatch = (digits: string): string => `"${digits}"`;
