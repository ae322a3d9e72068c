import type { z } from 'zod';
import type { AccountRow } from '../../../../shared/ipc/schemas/accounts';
import type { accountCreateInput } from '../../../../shared/ipc/schemas/accounts';
import type { CoreDeps } from '../../deps';
import { AppError } from '../../errors';
import { readKeyFileAt } from '../../security/keyfile';
import {
  createAccount,
  disableAccount,
  enableAccount,
  liftLock,
  resetPassphrase,
} from '../../security/keys';
import { passphraseIssue } from '../../security/passphrase-policy';
import { clinicalAccessOf } from '../../session/session-info';
import { vaultPaths } from '../../vault/paths';
import { displayNames, insertAccount, setAccountStatus } from './accounts.repo';
import { changeKeyFile } from './keyfile-change';

/** Policy failures are reported on the form's own field, in the user's language. */
export function checkPassphraseField(
  passphrase: string,
  username: string | undefined,
  path: readonly string[],
): void {
  const issue = passphraseIssue(passphrase, username ? { username } : {});
  if (issue)
    throw new AppError('VALIDATION', { issues: [{ path, key: issue, params: { min: 12 } }] });
}

export function listAccounts(deps: CoreDeps): AccountRow[] {
  const vault = deps.sessions.requireVault();
  // Failed-login counters are written to disk while nobody is signed in: read them fresh.
  const disk = readKeyFileAt(vaultPaths(deps.dataDir).keyFile);
  const kf =
    disk.status === 'ok' && disk.keyFile.databaseId === vault.databaseId
      ? disk.keyFile
      : vault.keyFile();
  const names = displayNames(deps.sessions.requireDb());
  const now = deps.clock.now();
  return kf.accounts.map((a) => ({
    id: a.id,
    username: a.username,
    displayName: names.get(a.id) ?? a.username,
    role: a.role,
    clinicalSupervisor: a.clinicalSupervisor,
    status: a.status,
    mustChangePassphrase: a.mustChangePassphrase,
    clinicalAccess: a.status === 'active' ? clinicalAccessOf(kf, a) : 'none',
    lockedUntil:
      a.failedLogins.lockedUntil !== null && a.failedLogins.lockedUntil > now
        ? a.failedLogins.lockedUntil
        : null,
  }));
}

export async function createAccountAction(
  deps: CoreDeps,
  input: z.output<typeof accountCreateInput>,
): Promise<{ id: string }> {
  checkPassphraseField(input.passphrase, input.username, ['passphrase']);
  if (input.clinicalSupervisor && input.role !== 'counsellor') {
    throw new AppError('VALIDATION', {
      issues: [{ path: ['clinicalSupervisor'], key: 'errors.supervisorMustBeCounsellor' }],
    });
  }
  const installationId = deps.sessions.requireVault().installationId;
  let newId = '';
  try {
    return await changeKeyFile(
      deps,
      'account.created',
      (r) => ({ type: 'account', id: r.id }),
      async (kf, held) => {
        const { keyFile, accountId } = await createAccount(
          kf,
          {
            username: input.username,
            role: input.role,
            clinicalSupervisor: input.clinicalSupervisor,
            passphrase: input.passphrase,
            mustChangePassphrase: true,
          },
          held,
          { kdf: deps.sessions.kdf },
        );
        newId = accountId;
        return { keyFile, result: { id: accountId } };
      },
      (db) => {
        const at = deps.clock.now();
        insertAccount(db, {
          id: newId,
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          clinicalSupervisor: input.clinicalSupervisor,
          at,
          installationId,
        });
      },
      { role: input.role },
    );
  } catch (e) {
    // A taken name belongs beside the username field, not in a banner.
    if (e instanceof AppError && e.key === 'errors.usernameTaken') {
      throw new AppError('VALIDATION', {
        issues: [{ path: ['username'], key: 'errors.usernameTaken' }],
      });
    }
    throw e;
  }
}

export async function disableAccountAction(deps: CoreDeps, id: string): Promise<void> {
  if (id === deps.sessions.actorId())
    throw new AppError('CONFLICT', { key: 'errors.cannotDisableSelf' });
  await changeKeyFile(
    deps,
    'account.disabled',
    { type: 'account', id },
    (kf) => Promise.resolve({ keyFile: disableAccount(kf, id), result: undefined }),
    (db) => setAccountStatus(db, id, 'disabled', deps.clock.now()),
  );
}

export async function enableAccountAction(
  deps: CoreDeps,
  id: string,
  passphrase: string,
): Promise<void> {
  checkPassphraseField(passphrase, undefined, ['passphrase']);
  await changeKeyFile(
    deps,
    'account.enabled',
    { type: 'account', id },
    async (kf, held) => ({
      keyFile: await enableAccount(kf, id, passphrase, held, { kdf: deps.sessions.kdf }),
      result: undefined,
    }),
    (db) => setAccountStatus(db, id, 'active', deps.clock.now()),
  );
}

export async function resetPassphraseAction(
  deps: CoreDeps,
  id: string,
  passphrase: string,
): Promise<void> {
  if (id === deps.sessions.actorId())
    throw new AppError('CONFLICT', { key: 'errors.useChangePassphrase' });
  checkPassphraseField(passphrase, undefined, ['passphrase']);
  await changeKeyFile(
    deps,
    'account.passphraseReset',
    { type: 'account', id },
    async (kf, held) => ({
      keyFile: await resetPassphrase(kf, id, passphrase, held, { kdf: deps.sessions.kdf }),
      result: undefined,
    }),
  );
}

export async function liftLockAction(deps: CoreDeps, id: string): Promise<void> {
  await changeKeyFile(deps, 'account.lockLifted', { type: 'account', id }, (kf) =>
    Promise.resolve({ keyFile: liftLock(kf, id), result: undefined }),
  );
}
