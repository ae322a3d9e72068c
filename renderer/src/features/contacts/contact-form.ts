import { z } from 'zod';
import { GENDERS } from '../../../../shared/domain/reference-lists';
import type { InputOf } from '../../../../shared/ipc/types';
import { pathMapper } from '../../lib/form-errors';
import {
  formDate,
  formMinutes,
  formText,
  pickedOptional,
  pickedRequired,
  triToBoolean,
  TRI_STATES,
} from '../../lib/form-values';

/**
 * The quick contact as typed → contacts.create. Linked to a client, agency, category, gender
 * and manager are left out: core takes them from the client's record, so the contact counts in
 * the right statistics cell.
 */
export const contactForm = z
  .object({
    serviceItem: pickedRequired,
    facet: pickedOptional,
    channel: pickedRequired,
    occurredOn: formDate,
    clientId: pickedOptional,
    // Disabled (and so undefined) while a client is linked.
    agencyId: pickedOptional.optional(),
    category: pickedOptional.optional(),
    gender: z.enum(GENDERS, { error: 'validation.invalidValue' }).optional(),
    isManager: z.enum(TRI_STATES, { error: 'validation.invalidValue' }).optional(),
    minutes: formMinutes,
    note: formText(500),
  })
  .transform((v): InputOf<'contacts.create'> => ({
    occurredOn: v.occurredOn,
    channel: v.channel,
    facet: v.facet,
    serviceItem: v.serviceItem,
    minutes: v.minutes,
    note: v.note,
    ...(v.clientId
      ? { clientId: v.clientId }
      : {
          clientId: null,
          agencyId: v.agencyId ?? null,
          category: v.category ?? null,
          gender: v.gender ?? 'U',
          isManager: triToBoolean(v.isManager ?? 'unknown'),
        }),
  }));
export type ContactFormValues = z.input<typeof contactForm>;
export type ContactInput = z.output<typeof contactForm>;

export function emptyContact(today: string, channel: string | null): ContactFormValues {
  return {
    serviceItem: null,
    facet: null,
    channel,
    occurredOn: today,
    clientId: null,
    agencyId: null,
    category: null,
    gender: 'U',
    isManager: 'unknown',
    minutes: '',
    note: '',
  };
}

export const CONTACT_FIELDS = pathMapper<ContactFormValues>({
  serviceItem: 'serviceItem',
  facet: 'facet',
  channel: 'channel',
  occurredOn: 'occurredOn',
  clientId: 'clientId',
  agencyId: 'agencyId',
  category: 'category',
  gender: 'gender',
  isManager: 'isManager',
  minutes: 'minutes',
  note: 'note',
});
