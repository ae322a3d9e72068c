import { isApiError } from '../../lib/api';
import { encodeMessage } from '../../lib/form-errors';

/**
 * How the booking and move dialogs answer core's refusals: beyond the subsidy → ask to confirm
 * as self-paid; a double booking → beside the start time, in core's own words (who is busy);
 * anything else → the form's usual field issues or a message above the buttons.
 */
export type BookingRefusal =
  | { readonly kind: 'overQuota'; readonly remaining: number }
  | { readonly kind: 'doubleBooking'; readonly message: string }
  | { readonly kind: 'other' };

export function bookingRefusal(e: unknown): BookingRefusal {
  if (!isApiError(e)) return { kind: 'other' };
  const { key, params } = e.error;
  if (key === 'errors.quotaExceeded')
    return { kind: 'overQuota', remaining: Number(params?.['remaining'] ?? 0) };
  if (key === 'errors.doubleBookingClient')
    return { kind: 'doubleBooking', message: encodeMessage({ key }) };
  if (key === 'errors.doubleBooking')
    return {
      kind: 'doubleBooking',
      message: encodeMessage({ key, params: { who: String(params?.['who'] ?? '') } }),
    };
  return { kind: 'other' };
}
