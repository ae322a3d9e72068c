import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors';
import { sha256File } from '../fs/hash';
import { parseKeyFile } from '../security/keyfile';
import type { KeyFile } from '../security/keyfile-schema';
import { BUNDLE_FILES, manifestSchema, type BackupManifest } from './manifest';

export interface Bundle {
  readonly dir: string;
  readonly manifest: BackupManifest;
  readonly keyFile: KeyFile;
}

const unreadable = () => new AppError('DB_DAMAGED', { key: 'errors.backupUnreadable' });

function readSmallJson(path: string): unknown {
  if (!existsSync(path) || statSync(path).size > 8 * 1024 * 1024) throw unreadable();
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw unreadable();
  }
}

/** Parses the manifest and slot file of a bundle folder; no key needed yet, nothing trusted yet. */
export function readBundle(dir: string): Bundle {
  const parsed = manifestSchema.safeParse(readSmallJson(join(dir, BUNDLE_FILES.manifest)));
  if (!parsed.success) throw unreadable();
  const slotsPath = join(dir, BUNDLE_FILES.keySlots);
  if (!existsSync(slotsPath)) throw unreadable();
  const keyFile = parseKeyFile(readFileSync(slotsPath, 'utf8'));
  if (!keyFile || keyFile.databaseId !== parsed.data.databaseId) throw unreadable();
  return { dir, manifest: parsed.data, keyFile };
}

/** Every file's sha256 matches the (already MAC-verified) manifest. */
export function verifyBundleHashes(
  manifest: BackupManifest,
  files: Readonly<Record<string, string>>,
): void {
  for (const [name, path] of Object.entries(files)) {
    const expected = (manifest.files as Record<string, string>)[name];
    if (!expected || !existsSync(path) || sha256File(path) !== expected) {
      throw new AppError('DB_DAMAGED', { key: 'errors.backupDamaged' });
    }
  }
}
