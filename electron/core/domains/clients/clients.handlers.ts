import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import { runAction } from '../reference/action';
import { searchClients } from './client-search';
import {
  createClient,
  findDuplicates,
  getClientDetail,
  mergeClients,
  updateClientAction,
} from './clients.service';

export const clientsHandlers = (deps: CoreDeps) =>
  ({
    'clients.search': (_ctx, input) => ({
      clients: searchClients(deps.sessions.requireDb(), input.q, input.limit),
    }),
    'clients.get': (_ctx, input) => ({
      client: getClientDetail(deps.sessions.requireDb(), input.id),
    }),
    'clients.duplicates': (_ctx, input) => ({
      candidates: findDuplicates(deps.sessions.requireDb(), input),
    }),
    'clients.create': (_ctx, input) => runAction(deps, ['clients'], (a) => createClient(a, input)),
    'clients.update': (_ctx, input) => {
      runAction(deps, ['clients'], (a) => updateClientAction(a, input));
      return {};
    },
    'clients.merge': (_ctx, input) => {
      runAction(deps, ['clients', 'cases', 'contacts'], (a) =>
        mergeClients(a, input.keepId, input.mergeId),
      );
      return {};
    },
  }) satisfies Pick<
    Handlers,
    | 'clients.search'
    | 'clients.get'
    | 'clients.duplicates'
    | 'clients.create'
    | 'clients.update'
    | 'clients.merge'
  >;
