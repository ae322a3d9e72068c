import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { manualClock } from '../clock';
import { FAST_TEST_KDF } from '../security/kdf';
import { initVault, type InitVaultResult } from './init';

/**
 * Shared by the vault, backup and CLI tests: fresh temp folders, generated names only (never a
 * real person's), and the cheap KDF. Not imported by product code.
 */
export const tempDirs: string[] = [];

export function freshDir(prefix = 'eap-vault-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(d);
  return d;
}

export function removeTempDirs(): void {
  while (tempDirs.length) rmSync(tempDirs.pop()!, { recursive: true, force: true });
}

export const genUsername = (prefix = 'user'): string =>
  `${prefix}-${randomBytes(4).toString('hex')}`;
export const genPassphrase = (): string => `pass ${randomBytes(9).toString('base64url')} 通行`;

export interface TestVault {
  readonly dataDir: string;
  readonly clock: ReturnType<typeof manualClock>;
  readonly admin: { username: string; passphrase: string };
  readonly init: InitVaultResult;
}

export async function newTestVault(dataDir = join(freshDir(), 'data')): Promise<TestVault> {
  const clock = manualClock();
  const admin = { username: genUsername('admin'), passphrase: genPassphrase() };
  const init = await initVault({
    dataDir,
    clock,
    admin,
    organisation: 'Test agency',
    kdfParams: FAST_TEST_KDF,
  });
  return { dataDir, clock, admin, init };
}

/** Every file under a folder, by relative path, with its bytes. */
export function snapshotFiles(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/** Files of a folder tree containing `needle` (UTF-8 and UTF-16LE, so Chinese canaries count). */
export function filesContaining(dir: string, needle: string): string[] {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  return [...snapshotFiles(dir)]
    .filter(([, buf]) => forms.some((f) => buf.includes(f)))
    .map(([p]) => p);
}
