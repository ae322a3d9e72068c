import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import { runAction } from '../reference/action';
import { deleteOwnFilter, listOwnFilters, saveOwnFilter } from './saved-filters.service';

export const savedFiltersHandlers = (deps: CoreDeps) =>
  ({
    'savedFilters.list': () => ({
      filters: listOwnFilters(deps.sessions.requireDb(), deps.sessions.actorId()),
    }),
    'savedFilters.save': (_ctx, input) =>
      runAction(deps, ['savedFilters'], (a) => saveOwnFilter(a, input)),
    'savedFilters.delete': (_ctx, input) => {
      runAction(deps, ['savedFilters'], (a) => deleteOwnFilter(a, input.id));
      return {};
    },
  }) satisfies Pick<Handlers, 'savedFilters.list' | 'savedFilters.save' | 'savedFilters.delete'>;
