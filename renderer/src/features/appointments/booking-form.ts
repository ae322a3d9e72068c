import { z } from 'zod';
import { SESSION_MODES } from '../../../../shared/domain/sessions';
import type { InputOf } from '../../../../shared/ipc/types';
import { formDate, formText, pickedOptional, pickedRequired } from '../../lib/form-values';
import { parseOwner } from './OwnerPicker';

/** 'HH:mm' typed loosely (9:30, 0930, ９：３０) → '09:30'; anything else is refused beside the field. */
export function normaliseTime(text: string): string | null {
  const s = text.normalize('NFKC').trim().replace('：', ':');
  const m = /^(\d{1,2}):?(\d{2})$/.exec(s);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

export const formTime = z.string().transform((text, ctx) => {
  const t = normaliseTime(text);
  if (t) return t;
  ctx.addIssue({
    code: 'custom',
    message: text.trim() === '' ? 'validation.required' : 'validation.time',
  });
  return z.NEVER;
});

/** When and how, as typed: what booking and moving (改期) share. */
export const slotFields = {
  date: formDate,
  start: formTime,
  end: formTime,
  mode: z.enum(SESSION_MODES, { error: 'validation.invalidValue' }),
  place: formText(80),
};

/** The end after the start, said beside the end (as core says it). */
export const checkSlotOrder = (v: { start: string; end: string }, ctx: z.RefinementCtx): void => {
  if (v.end <= v.start)
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'validation.timeOrder' });
};

/** The booking form as typed; the owner is one value ('counsellor:<id>' | 'provider:<id>'). */
export const bookingForm = z
  .object({
    caseId: pickedRequired,
    owner: pickedRequired,
    providerCounsellorId: pickedOptional,
    ...slotFields,
  })
  .superRefine(checkSlotOrder);

export type BookingValues = z.input<typeof bookingForm>;
export type BookingOutput = z.output<typeof bookingForm>;

export function toBookInput(
  v: BookingOutput,
  selfPaidConfirmed: boolean,
): InputOf<'appointments.book'> {
  const owner = parseOwner(v.owner);
  return {
    caseId: v.caseId,
    ...(owner?.kind === 'provider'
      ? {
          providerId: owner.id,
          ...(v.providerCounsellorId ? { providerCounsellorId: v.providerCounsellorId } : {}),
        }
      : { counsellorId: owner?.id ?? '' }),
    date: v.date,
    start: v.start,
    end: v.end,
    mode: v.mode,
    ...(v.place ? { place: v.place } : {}),
    selfPaidConfirmed,
  };
}

/** Counted hours of a booking, as core counts them (rounded per contact; 'up' is the common rule). */
export function bookingMinutes(start: string, end: string): number | null {
  const s = normaliseTime(start);
  const e = normaliseTime(end);
  if (!s || !e) return null;
  const m =
    Number(e.slice(0, 2)) * 60 +
    Number(e.slice(3)) -
    (Number(s.slice(0, 2)) * 60 + Number(s.slice(3)));
  return m > 0 ? m : null;
}
