import { z } from 'zod';
import { APP_STATES } from '../../domain/app-state';

export const appInfoInput = z.strictObject({});

export const appInfoOutput = z.strictObject({
  name: z.string(),
  version: z.string(),
  state: z.enum(APP_STATES),
  dataDir: z.string(),
  schemaVersion: z.number().int().nullable(),
});
export type AppInfo = z.infer<typeof appInfoOutput>;

/** Bounded so tests can prove the caps: echo exists to exercise the whole path, nothing more. */
export const appEchoInput = z.strictObject({
  text: z.string().min(1).max(200),
});
export const appEchoOutput = z.strictObject({ text: z.string(), at: z.number().int() });
