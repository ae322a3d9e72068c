import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Envelope } from '../../../shared/ipc/envelope';
import { createAppCore, type AppCore } from '../app-core';
import { manualClock } from '../clock';

/**
 * Test helpers shared by core tests and the e2e fixture: a real core on a real encrypted
 * database in a temp folder, cheap KDF, a clock the test moves. Names are generated.
 */
export const testPassphrase = (): string => `pass-${randomBytes(8).toString('hex')}`;
export const testUsername = (prefix = 'user'): string =>
  `${prefix}-${randomBytes(3).toString('hex')}`;

export interface CoreKit {
  readonly core: AppCore;
  readonly dir: string;
  readonly clock: ReturnType<typeof manualClock>;
  call<T = unknown>(channel: string, input?: unknown): Promise<Envelope<T>>;
  /** Calls and returns the value, failing loudly with the error code otherwise. */
  ok<T = unknown>(channel: string, input?: unknown): Promise<T>;
  dispose(): void;
}

export function createCoreKit(start = Date.UTC(2025, 2, 5, 1, 0, 0)): CoreKit {
  const dir = mkdtempSync(join(tmpdir(), 'eap-core-'));
  const clock = manualClock(start);
  const core = createAppCore({ dataDir: dir, clock, kdf: 'fast', idleCheckMs: 0 });
  const call = <T>(channel: string, input: unknown = {}) =>
    core.dispatch(channel, input) as Promise<Envelope<T>>;
  return {
    core,
    dir,
    clock,
    call,
    async ok<T>(channel: string, input: unknown = {}) {
      const res = await call<T>(channel, input);
      if (!res.ok)
        throw new Error(
          `${channel} failed: ${res.error.code} ${res.error.key} ${JSON.stringify(res.error.issues ?? [])}`,
        );
      return res.value;
    },
    dispose() {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface SetupResult {
  readonly admin: { username: string; passphrase: string; displayName: string; accountId: string };
  readonly recoveryCode: string;
}

/** Runs the first-start wizard through the channels, leaving the administrator signed in. */
export async function setupOffice(kit: CoreKit, cityPreset = 'keelung'): Promise<SetupResult> {
  const { recoveryCode } = await kit.ok<{ recoveryCode: string }>('setup.prepare');
  const admin = {
    username: testUsername('admin'),
    passphrase: testPassphrase(),
    displayName: '管理員甲',
  };
  const info = await kit.ok<{ accountId: string }>('setup.initialise', {
    organisation: { name: '測試市政府人事處', cityPreset },
    admin,
    recoveryCodeConfirmation: recoveryCode.toLowerCase().replace(/-/g, ' '),
  });
  return { admin: { ...admin, accountId: info.accountId }, recoveryCode };
}

export async function createUser(
  kit: CoreKit,
  role: 'desk' | 'counsellor' | 'statistics' | 'admin',
  extra: { clinicalSupervisor?: boolean } = {},
): Promise<{ id: string; username: string; passphrase: string }> {
  const username = testUsername(role);
  const passphrase = testPassphrase();
  const { id } = await kit.ok<{ id: string }>('accounts.create', {
    username,
    displayName: `測試${role}${username.slice(-4)}`,
    role,
    clinicalSupervisor: extra.clinicalSupervisor ?? false,
    passphrase,
  });
  return { id, username, passphrase };
}

/** Signs in and replaces a first passphrase, as a person would at first login. */
export async function firstLogin(
  kit: CoreKit,
  user: { username: string; passphrase: string },
): Promise<string> {
  await kit.ok('auth.login', { username: user.username, passphrase: user.passphrase });
  const next = testPassphrase();
  await kit.ok('auth.changePassphrase', { current: user.passphrase, next });
  return next;
}
