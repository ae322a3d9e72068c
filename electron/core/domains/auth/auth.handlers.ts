import type { CoreDeps } from '../../deps';
import { AppError } from '../../errors';
import type { Handlers } from '../../ipc/dispatch';
import { changePassphrase } from '../../security/keys';
import { checkPassphraseField } from '../accounts/accounts.service';
import { getOrganisationSettings } from '../settings/settings.service';

export const authHandlers = (deps: CoreDeps) => {
  const { sessions } = deps;
  return {
    'auth.session': () => ({
      session: sessions.sessionInfo(),
      locked: sessions.hasLockedSession(),
      idleLockMinutes: sessions.idleLockMinutes(),
    }),
    'auth.login': (_ctx, input) =>
      sessions.login(input.username, input.passphrase, (vault) => {
        if (vault.db)
          sessions.setIdleLockMinutes(getOrganisationSettings(vault.db).idleLockMinutes);
      }),
    'auth.unlock': (_ctx, input) =>
      sessions.unlock(input.passphrase, (vault) => {
        if (vault.db)
          sessions.setIdleLockMinutes(getOrganisationSettings(vault.db).idleLockMinutes);
      }),
    'auth.lock': () => {
      sessions.lock('manual');
      return {};
    },
    'auth.logout': () => {
      sessions.logout();
      return {};
    },
    'auth.activity': () => {
      sessions.activity();
      return {};
    },
    'auth.changePassphrase': async (_ctx, input) => {
      const vault = sessions.requireVault();
      const accountId = sessions.actorId();
      const username = sessions.sessionInfo()?.username;
      checkPassphraseField(input.next, username, ['next']);
      let next;
      try {
        next = await changePassphrase(vault.keyFile(), accountId, input.current, input.next, {
          kdf: sessions.kdf,
        });
      } catch (e) {
        // Beside the field the person got wrong, not as a login failure.
        if (e instanceof AppError && e.code === 'WRONG_PASSPHRASE') {
          throw new AppError('VALIDATION', {
            issues: [{ path: ['current'], key: 'errors.wrongPassphrase' }],
          });
        }
        if (e instanceof AppError && e.key === 'errors.passphraseUnchanged') {
          throw new AppError('VALIDATION', {
            issues: [{ path: ['next'], key: 'errors.passphraseUnchanged' }],
          });
        }
        throw e;
      }
      const write = () => {
        sessions.audit('auth.passphraseChanged', { type: 'account', id: accountId });
        vault.saveKeyFile(next);
      };
      if (vault.db && !vault.readOnly) vault.db.transaction(write).immediate();
      else vault.saveKeyFile(next);
      return sessions.refresh();
    },
  } satisfies Pick<
    Handlers,
    | 'auth.session'
    | 'auth.login'
    | 'auth.unlock'
    | 'auth.lock'
    | 'auth.logout'
    | 'auth.activity'
    | 'auth.changePassphrase'
  >;
};
