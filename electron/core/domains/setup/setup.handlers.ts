import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import { SetupFlow } from './setup.service';

export const setupHandlers = (deps: CoreDeps) => {
  const flow = new SetupFlow(deps);
  return {
    'setup.prepare': () => flow.prepare(),
    'setup.initialise': (_ctx, input) => flow.initialise(input),
  } satisfies Pick<Handlers, 'setup.prepare' | 'setup.initialise'>;
};
