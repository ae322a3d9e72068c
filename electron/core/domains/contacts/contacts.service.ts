import type { z } from 'zod';
import type {
  ContactRow,
  contactConvertInput,
  contactCreateInput,
  contactsListInput,
} from '../../../../shared/ipc/schemas/contacts';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import { insertIntake } from '../cases/intake';
import { Issues, type Action } from '../reference/action';
import { checkAgency, checkCode, checkNotFuture } from '../reference/checks';
import {
  getContactRow,
  insertContact,
  linkContact,
  listContactRows,
  toContact,
} from './contacts.repo';

/**
 * A contact takes a few keystrokes. Linked to a client, what the desk left out (agency,
 * category, gender, manager) is taken from the client's record as it is today, so the contact
 * counts in the right statistics cell even if the person moves later.
 */
export function createContact(
  a: Action,
  input: z.output<typeof contactCreateInput>,
): { id: string } {
  const issues = new Issues();
  checkNotFuture(issues, 'occurredOn', input.occurredOn, a.today);
  checkCode(a.db, issues, 'channel', 'channel', input.channel);
  checkCode(a.db, issues, 'facet', 'facet', input.facet);
  checkCode(a.db, issues, 'serviceItem', 'serviceItem', input.serviceItem);
  checkAgency(a.db, issues, 'agencyId', input.agencyId);
  checkCode(a.db, issues, 'staffCategory', 'category', input.category);
  let client:
    | {
        agency_id: string | null;
        category_code: string | null;
        gender: 'F' | 'M' | 'X' | 'U';
        is_manager: number;
      }
    | undefined;
  if (input.clientId) {
    const row = a.db
      .prepare(
        'SELECT agency_id, category_code, gender, is_manager, merged_into FROM client WHERE id = ?',
      )
      .get(input.clientId) as
      ({ merged_into: string | null } & NonNullable<typeof client>) | undefined;
    if (!row) issues.add(['clientId'], 'validation.unknownClient');
    else if (row.merged_into) issues.add(['clientId'], 'validation.clientMerged');
    else client = row;
  }
  issues.throwIfAny();
  const pick = <T>(own: T | null | undefined, fromClient: T | null | undefined): T | null =>
    own !== undefined ? own : (fromClient ?? null);
  const id = insertContact(
    a.db,
    {
      occurredOn: input.occurredOn,
      channel: input.channel,
      facet: input.facet ?? null,
      serviceItem: input.serviceItem,
      agencyId: pick(input.agencyId, client?.agency_id),
      category: pick(input.category, client?.category_code),
      gender: input.gender ?? client?.gender ?? 'U',
      isManager: pick(input.isManager, client ? client.is_manager === 1 : undefined),
      minutes: input.minutes ?? null,
      note: input.note,
      clientId: input.clientId ?? null,
    },
    a.actorId,
    a.at,
    a.installationId,
  );
  a.audit(
    'contact.created',
    { type: 'contact', id },
    input.clientId ? { clientId: input.clientId } : undefined,
  );
  return { id };
}

export function listContacts(
  db: Db,
  input: z.output<typeof contactsListInput>,
): { contacts: ContactRow[]; next: { occurredOn: string; id: string } | null } {
  const rows = listContactRows(db, {
    from: input.from ?? null,
    to: input.to ?? null,
    clientId: input.clientId ?? null,
    afterOn: input.after?.occurredOn ?? null,
    afterId: input.after?.id ?? null,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    contacts: page.map(toContact),
    next: rows.length > input.limit && last ? { occurredOn: last.occurred_on, id: last.id } : null,
  };
}

export function getContact(db: Db, id: string): ContactRow {
  const row = getContactRow(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  return toContact(row);
}

/**
 * Contact → case. What the desk leaves out comes from the contact (client, date, channel,
 * facet, service item); the contact then points at the case, and at the client when it was
 * anonymous. One transaction, one audit row ('case.created' with the contact's id).
 */
export function convertToCase(
  a: Action,
  input: z.output<typeof contactConvertInput>,
): { id: string; caseNumber: string } {
  const contact = getContactRow(a.db, input.contactId);
  if (!contact) throw new AppError('NOT_FOUND');
  if (contact.case_id) throw new AppError('CONFLICT', { key: 'errors.contactAlreadyConverted' });
  const clientId = input.clientId ?? contact.client_id;
  const facets = input.facets ?? (contact.facet_code ? [contact.facet_code] : []);
  const issues = new Issues();
  if (!clientId) issues.add(['clientId'], 'validation.required');
  else if (contact.client_id && clientId !== contact.client_id)
    issues.add(['clientId'], 'validation.contactClientMismatch');
  if (facets.length === 0) issues.add(['facets'], 'validation.facetRequired');
  issues.throwIfAny();
  const { contactId, ...intake } = input;
  const created = insertIntake(a, {
    ...intake,
    clientId: clientId!,
    requestedOn: input.requestedOn ?? contact.occurred_on,
    channel: input.channel ?? contact.channel_code,
    facets,
    serviceItem: input.serviceItem !== undefined ? input.serviceItem : contact.service_item_code,
  });
  linkContact(a.db, contactId, created.id, clientId!, a.at, a.installationId);
  a.audit(
    'case.created',
    { type: 'case', id: created.id },
    { contactId, consents: input.consents.length },
  );
  return created;
}
