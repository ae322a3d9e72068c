import { z } from 'zod';
import { CASE_SORTS, SORT_DIRS, type CaseSort } from '../../../../shared/ipc/schemas/case-list';
import { AppError } from '../../errors';

/**
 * The keyset cursor: the last row's sort key and id, the sort it belongs to, and the plan the
 * first page chose (so every page of one listing walks the same index). Opaque to the renderer
 * (base64url JSON); decoded here with a strict schema, so a forged or stale cursor is a field
 * error, never SQL.
 */
export const PLANS = ['sortIndex', 'filterIndex'] as const;
export type Plan = (typeof PLANS)[number];

const cursorSchema = z.strictObject({
  s: z.enum(CASE_SORTS),
  d: z.enum(SORT_DIRS),
  p: z.enum(PLANS),
  k: z.union([z.string().max(40), z.number().int()]),
  i: z.string().max(64),
});
export type Cursor = z.infer<typeof cursorSchema>;

export const encodeCursor = (c: Cursor): string =>
  Buffer.from(JSON.stringify(c), 'utf8').toString('base64url');

const invalid = () =>
  new AppError('VALIDATION', { issues: [{ path: ['cursor'], key: 'validation.cursor' }] });

export function decodeCursor(raw: string, sort: CaseSort, dir: 'asc' | 'desc'): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const res = cursorSchema.safeParse(parsed);
  if (!res.success || res.data.s !== sort || res.data.d !== dir) throw invalid();
  // updatedAt keys are epoch ms; the others are text.
  if ((sort === 'updatedAt') !== (typeof res.data.k === 'number')) throw invalid();
  return res.data;
}
