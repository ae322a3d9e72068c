import { z } from 'zod';
import { LEAVE_TYPES, SERVICE_MODELS } from '../../domain/city-presets';

export const organisationSettings = z.strictObject({
  name: z.string().trim().min(2, { error: 'validation.required' }).max(80),
  cityPreset: z.string().max(40),
  serviceModel: z.enum(SERVICE_MODELS),
  leaveType: z.enum(LEAVE_TYPES),
  idleLockMinutes: z
    .number()
    .int()
    .min(1, { error: 'validation.tooSmall' })
    .max(60, { error: 'validation.tooBig' }),
});
export type OrganisationSettings = z.infer<typeof organisationSettings>;
export const settingsUpdateInput = organisationSettings.partial().strict();
