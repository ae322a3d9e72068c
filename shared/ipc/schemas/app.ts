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

/**
 * The office's calendar day now, in the office's time zone (a setting, Asia/Taipei by default),
 * as core uses it for every "not in the future" and "overdue" rule. Forms default to it, so a PC
 * whose clock zone differs never proposes a date core would call tomorrow.
 */
export const appTodayOutput = z.strictObject({
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  timeZone: z.string(),
});
