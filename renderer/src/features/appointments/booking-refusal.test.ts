import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api';
import { decodeMessage } from '../../lib/form-errors';
import { bookingRefusal } from './booking-refusal';

describe('booking refusals', () => {
  it('asks to confirm self-paid with the hours left', () => {
    const e = new ApiError('appointments.move', {
      code: 'CONFLICT',
      key: 'errors.quotaExceeded',
      params: { remaining: 0.5 },
    });
    expect(bookingRefusal(e)).toEqual({ kind: 'overQuota', remaining: 0.5 });
  });

  it('puts a double booking beside the time in core words, naming the busy counsellor', () => {
    const e = new ApiError('appointments.book', {
      code: 'CONFLICT',
      key: 'errors.doubleBooking',
      params: { who: '測試心理師' },
    });
    const r = bookingRefusal(e);
    expect(r.kind).toBe('doubleBooking');
    if (r.kind !== 'doubleBooking') return;
    expect(decodeMessage(r.message)).toEqual({
      key: 'errors.doubleBooking',
      params: { who: '測試心理師' },
    });
    const client = bookingRefusal(
      new ApiError('appointments.book', { code: 'CONFLICT', key: 'errors.doubleBookingClient' }),
    );
    expect(client.kind === 'doubleBooking' && decodeMessage(client.message)).toEqual({
      key: 'errors.doubleBookingClient',
    });
  });

  it('leaves everything else to the form', () => {
    expect(
      bookingRefusal(
        new ApiError('appointments.move', { code: 'VALIDATION', key: 'errors.validation' }),
      ),
    ).toEqual({ kind: 'other' });
    expect(bookingRefusal(new Error('boom'))).toEqual({ kind: 'other' });
  });
});
