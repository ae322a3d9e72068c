import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import { ClinicalKeys } from './clinical.service';

export const clinicalHandlers = (deps: CoreDeps) => {
  const keys = new ClinicalKeys(deps);
  return {
    'clinical.status': () => keys.status(),
    'clinical.prepareEscrow': () => keys.prepareEscrow(),
    'clinical.initialise': (_ctx, input) => keys.initialise(input.escrowCodeConfirmation),
    'clinical.grant': async (_ctx, input) => {
      await keys.grant(input.id);
      return {};
    },
  } satisfies Pick<
    Handlers,
    'clinical.status' | 'clinical.prepareEscrow' | 'clinical.initialise' | 'clinical.grant'
  >;
};
