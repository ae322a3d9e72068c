/**
 * Search folding for Chinese names and topics (ARCHITECTURE.md §3). FTS5's default tokenizer
 * does not split Chinese and trigram needs 3+ characters, so names are indexed as their folded
 * characters separated by spaces: a one- or two-character fragment then matches as a phrase.
 */

/** Variant characters people type interchangeably; the right-hand form is the one indexed. */
const VARIANTS: Readonly<Record<string, string>> = {
  台: '臺',
  着: '著',
  峯: '峰',
  綫: '線',
  裏: '裡',
  羣: '群',
  淸: '清',
  眞: '真',
  衆: '眾',
  敎: '教',
};

/** NFKC turns full-width letters and digits into half-width; then case and variants fold. */
export function foldText(input: string): string {
  let out = '';
  for (const ch of input.normalize('NFKC').toLowerCase()) out += VARIANTS[ch] ?? ch;
  return out;
}

/**
 * The indexed form: folded, spaces and punctuation dropped, every character its own token.
 * Latin words stay whole ("wang 小明" → "wang 小 明"), so a romanised name still matches by word.
 */
export function segmentForSearch(input: string): string {
  const tokens: string[] = [];
  let word = '';
  for (const ch of foldText(input)) {
    if (/[\p{L}\p{N}]/u.test(ch)) {
      if (/[a-z0-9]/.test(ch)) {
        word += ch;
        continue;
      }
      if (word) tokens.push(word);
      word = '';
      tokens.push(ch);
    } else if (word) {
      tokens.push(word);
      word = '';
    }
  }
  if (word) tokens.push(word);
  return tokens.join(' ');
}

/** Phone numbers compare as digits only: (02) 2422-0295 and 0224220295 are the same number. */
export function phoneDigits(input: string | null | undefined): string | null {
  const digits = (input ?? '').normalize('NFKC').replace(/\D/g, '');
  return digits.length > 0 ? digits : null;
}
