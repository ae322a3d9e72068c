import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import {
  createAccountAction,
  disableAccountAction,
  enableAccountAction,
  liftLockAction,
  listAccounts,
  resetPassphraseAction,
} from './accounts.service';

export const accountsHandlers = (deps: CoreDeps) =>
  ({
    'accounts.list': () => ({ accounts: listAccounts(deps) }),
    'accounts.create': (_ctx, input) => createAccountAction(deps, input),
    'accounts.disable': async (_ctx, input) => {
      await disableAccountAction(deps, input.id);
      return {};
    },
    'accounts.enable': async (_ctx, input) => {
      await enableAccountAction(deps, input.id, input.passphrase);
      return {};
    },
    'accounts.resetPassphrase': async (_ctx, input) => {
      await resetPassphraseAction(deps, input.id, input.passphrase);
      return {};
    },
    'accounts.unlock': async (_ctx, input) => {
      await liftLockAction(deps, input.id);
      return {};
    },
  }) satisfies Pick<
    Handlers,
    | 'accounts.list'
    | 'accounts.create'
    | 'accounts.disable'
    | 'accounts.enable'
    | 'accounts.resetPassphrase'
    | 'accounts.unlock'
  >;
