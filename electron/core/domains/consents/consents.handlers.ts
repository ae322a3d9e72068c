import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import { runAction } from '../reference/action';
import { recordConsent, withdrawConsent } from './consents.service';

export const consentsHandlers = (deps: CoreDeps) =>
  ({
    'consents.record': (ctx, input) =>
      runAction(deps, ['cases'], (a) => recordConsent(ctx, a, input)),
    'consents.withdraw': (ctx, input) => {
      runAction(deps, ['cases'], (a) => withdrawConsent(ctx, a, input));
      return {};
    },
  }) satisfies Pick<Handlers, 'consents.record' | 'consents.withdraw'>;
