import { z } from 'zod';
import type { sessionSettings } from '../../../../shared/ipc/schemas/quota';
import type { InputOf } from '../../../../shared/ipc/types';
import { formTime } from '../appointments/booking-form';

/*
 * Session settings as the administrator edits them: times typed loosely (9:00, 0900) and read
 * as core wants them; the zone is checked by core (it knows the IANA list of its runtime).
 */

export const settingsForm = z
  .object({
    timeZone: z
      .string()
      .trim()
      .min(1, { error: 'validation.required' })
      .max(60, { error: 'validation.tooLong' }),
    lateCancellationCounts: z.boolean(),
    noShowCounts: z.boolean(),
    cancelByCalendarDayBefore: z.boolean(),
    workingHoursStart: formTime,
    workingHoursEnd: formTime,
  })
  .superRefine((v, ctx) => {
    if (v.workingHoursEnd <= v.workingHoursStart)
      ctx.addIssue({ code: 'custom', path: ['workingHoursEnd'], message: 'validation.timeOrder' });
  });

export type SettingsValues = z.input<typeof settingsForm>;
export type SettingsOutput = z.output<typeof settingsForm>;

export const settingsValues = (s: z.output<typeof sessionSettings>): SettingsValues => ({ ...s });

/** Every field is sent: the form shows them all, and core records which ones were written. */
export const toSettingsInput = (v: SettingsOutput): InputOf<'quota.updateSettings'> => ({ ...v });
