import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import { runAction } from './action';
import {
  createReference,
  deleteReference,
  listReference,
  updateReference,
} from './reference.service';

export const referenceHandlers = (deps: CoreDeps) =>
  ({
    'reference.list': (_ctx, input) => ({ items: listReference(deps.sessions.requireDb(), input) }),
    'reference.create': (_ctx, input) =>
      runAction(deps, ['reference'], (a) => createReference(a, input)),
    'reference.update': (_ctx, input) => {
      runAction(deps, ['reference'], (a) => updateReference(a, input));
      return {};
    },
    'reference.delete': (_ctx, input) => {
      runAction(deps, ['reference'], (a) => deleteReference(a, input.id));
      return {};
    },
  }) satisfies Pick<
    Handlers,
    'reference.list' | 'reference.create' | 'reference.update' | 'reference.delete'
  >;
