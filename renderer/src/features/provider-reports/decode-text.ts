/**
 * A provider's CSV comes from Excel on a Taiwanese PC: UTF-8 (with or without BOM) or Big5.
 * Strict UTF-8 first — Big5 bytes are almost never valid UTF-8 — then Big5. The BOM is dropped.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'big5' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('big5').decode(bytes), encoding: 'big5' };
  }
}

/** '2025-03' or '2025-Q1' from a year and a choice ('1'…'12' or 'Q1'…'Q4'). */
export function periodOf(year: number, choice: string): string {
  return choice.startsWith('Q') ? `${year}-${choice}` : `${year}-${choice.padStart(2, '0')}`;
}
