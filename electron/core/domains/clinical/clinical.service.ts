import type { z } from 'zod';
import type { clinicalStatusOutput } from '../../../../shared/ipc/schemas/accounts';
import type { SessionInfo } from '../../../../shared/ipc/schemas/auth';
import type { CoreDeps } from '../../deps';
import { AppError } from '../../errors';
import { clinicalHolders, createClinicalKey, grantKey } from '../../security/keys';
import { generateRecoveryCode, normaliseRecoveryCode } from '../../security/recovery-code';
import { displayNames } from '../accounts/accounts.repo';
import { changeKeyFile } from '../accounts/keyfile-change';

/**
 * The clinical-notes key (CNK). The first counsellor creates it together with the clinical
 * escrow code for the clinical lead (shown once and typed back before anything is written);
 * later counsellors are "pending" until a holder grants it. The administrator never holds it.
 */
export class ClinicalKeys {
  private pendingEscrow: { accountId: string; code: string } | null = null;

  constructor(private readonly deps: CoreDeps) {}

  status(): z.output<typeof clinicalStatusOutput> {
    const kf = this.deps.sessions.requireVault().keyFile();
    const names = displayNames(this.deps.sessions.requireDb());
    const pending = kf.accounts.filter(
      (a) => a.status === 'active' && a.role === 'counsellor' && !a.slots.cnk,
    );
    return {
      initialised: kf.keyVersions.cnk > 0,
      escrowExists: kf.escrow !== null,
      holders: clinicalHolders(kf).length,
      pending:
        kf.keyVersions.cnk > 0
          ? pending.map((a) => ({ id: a.id, displayName: names.get(a.id) ?? a.username }))
          : [],
    };
  }

  prepareEscrow(): { escrowCode: string } {
    const accountId = this.deps.sessions.actorId();
    if (this.deps.sessions.requireVault().keyFile().keyVersions.cnk !== 0) {
      throw new AppError('CONFLICT', { key: 'errors.clinicalKeyExists' });
    }
    if (this.pendingEscrow?.accountId !== accountId)
      this.pendingEscrow = { accountId, code: generateRecoveryCode() };
    return { escrowCode: this.pendingEscrow.code };
  }

  async initialise(confirmation: string): Promise<SessionInfo> {
    const accountId = this.deps.sessions.actorId();
    const pending = this.pendingEscrow;
    if (!pending || pending.accountId !== accountId)
      throw new AppError('CONFLICT', { key: 'errors.escrowNotPrepared' });
    if (normaliseRecoveryCode(confirmation) !== normaliseRecoveryCode(pending.code)) {
      throw new AppError('VALIDATION', {
        issues: [{ path: ['escrowCodeConfirmation'], key: 'validation.recoveryCodeMismatch' }],
      });
    }
    const vault = this.deps.sessions.requireVault();
    const cnk = await changeKeyFile(
      this.deps,
      'clinical.keyCreated',
      { type: 'account', id: accountId },
      async (kf) => {
        const created = await createClinicalKey(kf, accountId, {
          kdf: this.deps.sessions.kdf,
          code: pending.code,
        });
        return { keyFile: created.keyFile, result: created.cnk };
      },
    );
    this.pendingEscrow = null;
    vault.holdKey('cnk', cnk);
    return this.deps.sessions.refresh();
  }

  async grant(toAccountId: string): Promise<void> {
    const cnk = this.deps.sessions.requireVault().keys.cnk;
    if (!cnk) throw new AppError('FORBIDDEN', { key: 'errors.keyNotHeld' });
    await changeKeyFile(
      this.deps,
      'clinical.accessGranted',
      { type: 'account', id: toAccountId },
      async (kf) => ({
        keyFile: await grantKey(kf, { keyName: 'cnk', key: cnk }, toAccountId),
        result: undefined,
      }),
    );
  }
}
