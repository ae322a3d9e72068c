import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../fs/atomic';
import { keyFileSchema, type KeyFile } from './keyfile-schema';

export type KeyFileRead =
  | { readonly status: 'ok'; readonly keyFile: KeyFile }
  | { readonly status: 'missing' }
  | { readonly status: 'unreadable' };

/** Refuse absurd sizes before parsing: a key file is a few kilobytes per account. */
const MAX_KEYFILE_BYTES = 8 * 1024 * 1024;

export function parseKeyFile(text: string): KeyFile | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = keyFileSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export function readKeyFileAt(path: string): KeyFileRead {
  if (!existsSync(path)) return { status: 'missing' };
  try {
    const buf = readFileSync(path);
    if (buf.length > MAX_KEYFILE_BYTES) return { status: 'unreadable' };
    const kf = parseKeyFile(buf.toString('utf8'));
    return kf ? { status: 'ok', keyFile: kf } : { status: 'unreadable' };
  } catch {
    return { status: 'unreadable' };
  }
}

export function serialiseKeyFile(kf: KeyFile): string {
  return `${JSON.stringify(kf, null, 2)}\n`;
}

/**
 * Atomic write; with `previousPath` the file being replaced is kept as the previous generation,
 * which is what lets an interrupted DBK rotation still open (see vault/rotate.ts).
 */
export function writeKeyFileAt(path: string, kf: KeyFile, previousPath?: string): void {
  writeFileAtomic(
    path,
    serialiseKeyFile(keyFileSchema.parse(kf)),
    previousPath ? { keepPreviousAs: previousPath } : {},
  );
}
