/**
 * Imports travel as the file's text (never a path: ARCHITECTURE.md §2). The dispatcher caps each
 * string at 100 000 characters before parsing (electron/core/ipc/input-shape.ts), so a file goes
 * as a list of chunks that core joins again. Splitting anywhere is fine: chunks are plain text.
 */
export const IPC_CHUNK_CHARS = 90_000;
/** Bound on an imported file's text (about 1.8 MB of characters), under the dispatcher's total. */
export const IMPORT_MAX_CHARS = 1_800_000;

export function toIpcChunks(text: string): string[] {
  const chunks: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(i + IPC_CHUNK_CHARS, text.length);
    // Never split a surrogate pair: a lone half may not survive every transport intact.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(text.slice(i, end));
    i = end;
  }
  return chunks.length > 0 ? chunks : [''];
}
