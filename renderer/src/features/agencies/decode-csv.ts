/**
 * A CSV file's bytes → text. Offices save CSV from Excel either as UTF-8 (often with a BOM) or
 * in Big5 (the Traditional Chinese Windows code page). UTF-8 is tried strictly first; bytes
 * that are not valid UTF-8 are read as Big5.
 */
export type CsvEncoding = 'utf-8-bom' | 'utf-8' | 'big5';

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('big5').decode(bytes), encoding: 'big5' };
  }
}
