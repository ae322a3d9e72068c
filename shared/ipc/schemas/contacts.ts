import { z } from 'zod';
import { GENDERS } from '../../domain/reference-lists';
import { id } from './common';
import { caseCreated, caseIntakeFields, consentEntry } from './cases';
import { accountRef, calendarDate, refCode, safeText } from './reference';

/*
 * Contacts (諮詢): a hotline call, an e-mail, a question at the counter. Light, anonymous allowed,
 * counted in the statistics, may become a case. The note is logistics only (who to call back,
 * which leaflet was sent), never the person's story.
 */

export const contactCreateInput = z.strictObject({
  /** Default today on the renderer; not in the future ('validation.dateInFuture'). */
  occurredOn: calendarDate,
  channel: refCode,
  facet: refCode.nullable().optional(),
  serviceItem: refCode,
  /** Left out with a client: taken from the client's record, so statistics count it. */
  agencyId: id.nullable().optional(),
  category: refCode.nullable().optional(),
  gender: z.enum(GENDERS, { error: 'validation.invalidValue' }).optional(),
  isManager: z.boolean().nullable().optional(),
  /** Whole minutes, 0–600. */
  minutes: z.number().int().min(0).max(600).nullable().optional(),
  note: safeText(500).default(''),
  /** null/absent = anonymous. */
  clientId: id.nullable().optional(),
});

export const contactRow = z.strictObject({
  id: z.string(),
  occurredOn: z.string(),
  channel: z.string(),
  facet: z.string().nullable(),
  serviceItem: z.string(),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  category: z.string().nullable(),
  gender: z.enum(GENDERS),
  isManager: z.boolean().nullable(),
  minutes: z.number().int().nullable(),
  note: z.string(),
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  recordedBy: accountRef,
  createdAt: z.number().int(),
});
export type ContactRow = z.infer<typeof contactRow>;

export const contactCursor = z.strictObject({ occurredOn: calendarDate, id });
/** Newest first; pass the previous page's `next` as `after`. */
export const contactsListInput = z.strictObject({
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  clientId: id.optional(),
  after: contactCursor.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export const contactsListOutput = z.strictObject({
  contacts: z.array(contactRow),
  next: contactCursor.nullable(),
});
export const contactGetInput = z.strictObject({ id });
export const contactGetOutput = z.strictObject({ contact: contactRow });

/**
 * Turns a contact into a case. Left-out fields come from the contact: clientId, requestedOn
 * (its date), channel, facets ([its facet]), serviceItem. A contact already converted answers
 * CONFLICT 'errors.contactAlreadyConverted'. → { id, caseNumber }; the contact links to the case
 * (and to the client, when it was anonymous).
 */
export const contactConvertInput = z.strictObject({
  contactId: id,
  ...caseIntakeFields,
  clientId: caseIntakeFields.clientId.optional(),
  requestedOn: caseIntakeFields.requestedOn.optional(),
  channel: caseIntakeFields.channel.optional(),
  facets: caseIntakeFields.facets.optional(),
  consents: z.array(consentEntry).max(10).default([]),
});
export const contactConvertOutput = caseCreated;
