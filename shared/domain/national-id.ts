/**
 * DOMAIN.md "Clients": never a national ID. People paste one into whatever field is at hand (a
 * name, a note, a phone field), so every free-text field refuses anything shaped like a Taiwan
 * national ID (A123456789) or resident certificate number (old AB12345678, new A812345678).
 * No checksum test on purpose: a mistyped ID is still an ID and must not be stored either.
 */
const ID_SHAPES = [
  /(?<![A-Za-z0-9])[A-Za-z][1289]\d{8}(?!\d)/,
  /(?<![A-Za-z0-9])[A-Za-z]{2}\d{8}(?!\d)/,
];

export function looksLikeNationalId(text: string): boolean {
  // Full-width letters and digits from a Chinese IME count too.
  const s = text.normalize('NFKC').replace(/[\s-]/g, '');
  return ID_SHAPES.some((re) => re.test(s));
}
