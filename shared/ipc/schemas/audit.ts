import { z } from 'zod';
import { isoDate } from './common';

export const AUDIT_PAGE_MAX = 200;

export const auditListInput = z.strictObject({
  actorId: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Keyset cursor: entries with a smaller sequence number than this (newest first). */
  before: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(AUDIT_PAGE_MAX).default(100),
});
export const auditEntry = z.strictObject({
  seq: z.number().int(),
  at: z.number().int(),
  actorId: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export const auditListOutput = z.strictObject({
  entries: z.array(auditEntry),
  nextBefore: z.number().int().nullable(),
});
export const auditVerifyOutput = z.strictObject({
  ok: z.boolean(),
  checked: z.number().int(),
  head: z.strictObject({ seq: z.number().int(), hash: z.string() }).nullable(),
  problems: z.array(
    z.strictObject({
      kind: z.enum(['edited', 'deleted', 'truncated', 'anchorMismatch']),
      seq: z.number().int(),
      source: z.string().optional(),
    }),
  ),
});
