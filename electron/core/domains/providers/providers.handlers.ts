import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import { runAction } from '../reference/action';
import {
  addCounsellor,
  createProvider,
  listProviders,
  updateCounsellorAction,
  updateProviderAction,
} from './providers.service';

export const providersHandlers = (deps: CoreDeps) =>
  ({
    'providers.list': (_ctx, input) => ({
      providers: listProviders(deps.sessions.requireDb(), input.includeInactive),
    }),
    'providers.create': (_ctx, input) =>
      runAction(deps, ['providers'], (a) => createProvider(a, input)),
    'providers.update': (_ctx, input) => {
      runAction(deps, ['providers'], (a) => updateProviderAction(a, input));
      return {};
    },
    'providers.addCounsellor': (_ctx, input) =>
      runAction(deps, ['providers'], (a) => addCounsellor(a, input)),
    'providers.updateCounsellor': (_ctx, input) => {
      runAction(deps, ['providers'], (a) => updateCounsellorAction(a, input));
      return {};
    },
  }) satisfies Pick<
    Handlers,
    | 'providers.list'
    | 'providers.create'
    | 'providers.update'
    | 'providers.addCounsellor'
    | 'providers.updateCounsellor'
  >;
