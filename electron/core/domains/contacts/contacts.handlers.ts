import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import { runAction } from '../reference/action';
import { convertToCase, createContact, getContact, listContacts } from './contacts.service';

export const contactsHandlers = (deps: CoreDeps) =>
  ({
    'contacts.list': (_ctx, input) => listContacts(deps.sessions.requireDb(), input),
    'contacts.get': (_ctx, input) => ({ contact: getContact(deps.sessions.requireDb(), input.id) }),
    'contacts.create': (_ctx, input) =>
      runAction(deps, ['contacts'], (a) => createContact(a, input)),
    'contacts.convertToCase': (_ctx, input) =>
      runAction(deps, ['contacts', 'cases', 'clients'], (a) => convertToCase(a, input)),
  }) satisfies Pick<
    Handlers,
    'contacts.list' | 'contacts.get' | 'contacts.create' | 'contacts.convertToCase'
  >;
