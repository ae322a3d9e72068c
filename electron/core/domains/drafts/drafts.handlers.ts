import type { CoreDeps } from '../../deps';
import { AppError } from '../../errors';
import type { Handlers } from '../../ipc/dispatch';
import { openClinical, sealClinical } from '../../security/clinical-cipher';
import { deleteDraft, getDraft, upsertDraft } from './drafts.repo';

/**
 * Drafts survive a lock: the renderer saves as the person types, so when the core locks, the
 * draft is already in the encrypted database, for that same person only. Clinical drafts
 * (form keys starting with `clinical.`) are sealed again under CNK.
 */
const isClinical = (formKey: string): boolean => formKey.startsWith('clinical.');

export const draftsHandlers = (deps: CoreDeps) => {
  const aad = (accountId: string, formKey: string) => `draft|${accountId}|${formKey}`;
  return {
    'drafts.save': (ctx, input) => {
      const db = deps.sessions.requireDb();
      const vault = deps.sessions.requireVault();
      const accountId = deps.sessions.actorId();
      const clinical = isClinical(input.formKey);
      let payload: Buffer;
      if (clinical) {
        if (!vault.keys.cnk) throw new AppError('FORBIDDEN', { key: 'errors.keyNotHeld' });
        payload = sealClinical(vault.keys.cnk, input.payload, aad(accountId, input.formKey));
      } else {
        payload = Buffer.from(input.payload, 'utf8');
      }
      upsertDraft(db, {
        accountId,
        formKey: input.formKey,
        payload,
        clinical,
        at: ctx.now,
        installationId: vault.installationId,
      });
      return {};
    },
    'drafts.get': (_ctx, input) => {
      const vault = deps.sessions.requireVault();
      const accountId = deps.sessions.actorId();
      const row = getDraft(deps.sessions.requireDb(), accountId, input.formKey);
      if (!row) return { payload: null, updatedAt: null };
      if (row.clinical) {
        if (!vault.keys.cnk) throw new AppError('FORBIDDEN', { key: 'errors.keyNotHeld' });
        return {
          payload: openClinical(vault.keys.cnk, row.payload, aad(accountId, input.formKey)),
          updatedAt: row.updated_at,
        };
      }
      return { payload: row.payload.toString('utf8'), updatedAt: row.updated_at };
    },
    'drafts.discard': (_ctx, input) => {
      deleteDraft(deps.sessions.requireDb(), deps.sessions.actorId(), input.formKey);
      return {};
    },
  } satisfies Pick<Handlers, 'drafts.save' | 'drafts.get' | 'drafts.discard'>;
};
