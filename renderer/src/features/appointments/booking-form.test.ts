import { describe, expect, it } from 'vitest';
import { bookingForm, normaliseTime, toBookInput } from './booking-form';

const ID = '3f1c2f7e-8a4b-4c55-9d1e-0a1b2c3d4e5f';

describe('booking form', () => {
  it('reads times the way people type them', () => {
    expect(normaliseTime('9:30')).toBe('09:30');
    expect(normaliseTime('0930')).toBe('09:30');
    expect(normaliseTime('１９：００')).toBe('19:00');
    expect(normaliseTime('24:00')).toBeNull();
    expect(normaliseTime('abc')).toBeNull();
  });

  it('turns a counsellor booking into the contract input', () => {
    const r = bookingForm.safeParse({
      caseId: ID,
      owner: `counsellor:${ID}`,
      providerCounsellorId: null,
      date: '114/03/05',
      start: '9:00',
      end: '10:00',
      mode: 'inPerson',
      place: ' 諮商室 ',
    });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(toBookInput(r.data, false)).toEqual({
      caseId: ID,
      counsellorId: ID,
      date: '2025-03-05',
      start: '09:00',
      end: '10:00',
      mode: 'inPerson',
      place: '諮商室',
      selfPaidConfirmed: false,
    });
  });

  it('refuses an end before the start, beside the end', () => {
    const r = bookingForm.safeParse({
      caseId: ID,
      owner: `provider:${ID}`,
      providerCounsellorId: null,
      date: '2025-03-05',
      start: '10:00',
      end: '09:00',
      mode: 'phone',
      place: '',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['end']);
  });
});
