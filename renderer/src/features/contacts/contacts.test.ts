import { describe, expect, it } from 'vitest';
import { contactForm, emptyContact } from './contact-form';

const base = { ...emptyContact('114/03/05', 'phone'), serviceItem: 'legal' };

describe('the quick contact form', () => {
  it('needs only a service item: anonymous, channel phone, today', () => {
    const r = contactForm.safeParse(base);
    expect(r.success && r.data).toEqual({
      occurredOn: '2025-03-05',
      channel: 'phone',
      facet: null,
      serviceItem: 'legal',
      minutes: null,
      note: '',
      clientId: null,
      agencyId: null,
      category: null,
      gender: 'U',
      isManager: null,
    });
  });

  it('leaves agency, category, gender and manager to the linked client’s record', () => {
    const clientId = '0b9f7c5e-8a4e-4f4a-9d39-2d1a7b7a9c11';
    const r = contactForm.safeParse({
      ...base,
      clientId,
      agencyId: undefined,
      category: undefined,
      gender: undefined,
      isManager: undefined,
      minutes: '15',
    });
    expect(r.success && r.data).toEqual({
      occurredOn: '2025-03-05',
      channel: 'phone',
      facet: null,
      serviceItem: 'legal',
      minutes: 15,
      note: '',
      clientId,
    });
  });

  it('explains minutes, dates and a missing service item beside their fields', () => {
    const r = contactForm.safeParse({
      ...base,
      serviceItem: null,
      minutes: '九十',
      occurredOn: '114/02/30',
      isManager: 'yes',
    });
    const byField = Object.fromEntries(
      (r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]),
    );
    expect(byField).toEqual({
      serviceItem: 'validation.required',
      minutes: 'validation.minutes',
      occurredOn: 'validation.date.calendar',
    });
  });
});
