import type { z } from 'zod';
import { findCityPreset } from '../../../../shared/domain/city-presets';
import type { SessionInfo, setupInput } from '../../../../shared/ipc/schemas/auth';
import type { CoreDeps } from '../../deps';
import { AppError } from '../../errors';
import { appendAudit } from '../../security/audit';
import { generateRecoveryCode, normaliseRecoveryCode } from '../../security/recovery-code';
import { initVault, openVault } from '../../vault/vault';
import { insertAccount } from '../accounts/accounts.repo';
import { checkPassphraseField } from '../accounts/accounts.service';
import { applyCityPreset } from '../settings/settings.service';
import { seedReferenceDefaults } from '../reference/reference.service';

/**
 * First start. The recovery code is made first and kept only in memory; the vault is written
 * only when the administrator has typed the code back, so a code that was never written down
 * can never be the only way back into the database.
 */
export class SetupFlow {
  private pendingCode: string | null = null;

  constructor(private readonly deps: CoreDeps) {}

  prepare(): { recoveryCode: string } {
    this.pendingCode ??= generateRecoveryCode();
    return { recoveryCode: this.pendingCode };
  }

  async initialise(input: z.output<typeof setupInput>): Promise<SessionInfo> {
    const preset = findCityPreset(input.organisation.cityPreset);
    if (!preset) {
      throw new AppError('VALIDATION', {
        issues: [{ path: ['organisation', 'cityPreset'], key: 'validation.invalidValue' }],
      });
    }
    checkPassphraseField(input.admin.passphrase, input.admin.username, ['admin', 'passphrase']);
    const code = this.pendingCode;
    if (!code) throw new AppError('CONFLICT', { key: 'errors.setupNotPrepared' });
    if (normaliseRecoveryCode(input.recoveryCodeConfirmation) !== normaliseRecoveryCode(code)) {
      throw new AppError('VALIDATION', {
        issues: [{ path: ['recoveryCodeConfirmation'], key: 'validation.recoveryCodeMismatch' }],
      });
    }
    const { deps } = this;
    const init = await initVault({
      dataDir: deps.dataDir,
      clock: deps.clock,
      admin: { username: input.admin.username, passphrase: input.admin.passphrase },
      organisation: input.organisation.name,
      kdfParams: deps.sessions.kdf,
      recoveryCode: code,
    });
    this.pendingCode = null;
    const vault = await openVault({
      dataDir: deps.dataDir,
      clock: deps.clock,
      username: input.admin.username,
      passphrase: input.admin.passphrase,
    });
    deps.sessions.adopt(vault, (v) => {
      const db = v.db!;
      const at = deps.clock.now();
      db.transaction(() => {
        insertAccount(db, {
          id: init.adminAccountId,
          username: input.admin.username,
          displayName: input.admin.displayName,
          role: 'admin',
          clinicalSupervisor: false,
          at,
          installationId: v.installationId,
        });
        applyCityPreset(db, input.organisation.name, preset, at, v.installationId);
        seedReferenceDefaults(db, preset, at, v.installationId);
        appendAudit(db, {
          at,
          installationId: v.installationId,
          actorId: init.adminAccountId,
          action: 'setup.completed',
          details: { cityPreset: preset.id },
        });
      }).immediate();
    });
    return deps.sessions.refresh();
  }
}
