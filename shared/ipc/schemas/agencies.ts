import { z } from 'zod';
import { IMPORT_MAX_CHARS, IPC_CHUNK_CHARS } from '../../domain/csv-chunks';
import { AGENCY_KINDS } from '../../domain/reference-lists';
import { id } from './common';
import { refCode, requiredText } from './reference';

/** Agency codes as offices write them (機關代碼: digits and letters, sometimes dashes). */
export const agencyCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,29}$/, { error: 'validation.agencyCode' });
/** Gregorian year; the import also accepts ROC years (114) and converts them. */
export const headcountYear = z
  .number()
  .int()
  .min(1912, { error: 'validation.year' })
  .max(2910, { error: 'validation.year' });

export const agencyRow = z.strictObject({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(AGENCY_KINDS),
  sortOrder: z.number().int(),
  active: z.boolean(),
  /** 0 for a root; rows come in tree order (parent first, siblings by sortOrder then code). */
  depth: z.number().int(),
});
export type AgencyRow = z.infer<typeof agencyRow>;

/**
 * Without `includeInactive`, inactive agencies are left out but their active sub-agencies stay
 * (at their real depth, parentId still naming the hidden parent): staff of a school under a
 * closed office still need to be found.
 */
export const agenciesListInput = z.strictObject({ includeInactive: z.boolean().default(false) });
export const agenciesListOutput = z.strictObject({ agencies: z.array(agencyRow) });

export const agencyCreateInput = z.strictObject({
  code: agencyCode,
  name: requiredText(80),
  parentId: id.nullable().optional(),
  kind: z.enum(AGENCY_KINDS, { error: 'validation.invalidValue' }),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});
/**
 * Rename, re-code, move under another parent (a move under its own descendant answers CONFLICT
 * 'errors.agencyCycle'), deactivate or reactivate (`active`). Agencies are never deleted: old
 * cases keep pointing at them.
 */
export const agencyUpdateInput = z.strictObject({
  id,
  code: agencyCode.optional(),
  name: requiredText(80).optional(),
  parentId: id.nullable().optional(),
  kind: z.enum(AGENCY_KINDS, { error: 'validation.invalidValue' }).optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
  active: z.boolean().optional(),
});

export const headcountRow = z.strictObject({
  agencyId: z.string(),
  year: z.number().int(),
  /** Staff category code, or null for the agency's whole headcount. */
  category: z.string().nullable(),
  headcount: z.number().int(),
});
export const headcountsInput = z.strictObject({ year: headcountYear });
export const headcountsOutput = z.strictObject({ rows: z.array(headcountRow) });
/** `headcount: null` removes the figure. */
export const setHeadcountInput = z.strictObject({
  agencyId: id,
  year: headcountYear,
  category: refCode.nullable().optional(),
  headcount: z.number().int().min(0).max(1_000_000).nullable(),
});

/**
 * CSV import of the agency tree and headcounts. The renderer sends the file's TEXT, never a path:
 * UTF-8 with or without BOM; a Big5 file is decoded in the renderer first
 * (`new TextDecoder('big5').decode(bytes)`), then split with `toIpcChunks` (shared/domain/csv-chunks.ts)
 * because the dispatcher caps every string at 100 000 characters.
 *
 * Header row required, in any column order: code,name,parent_code,kind,year,headcount[,category]
 * or 機關代碼,機關名稱,上級機關代碼,類型,年度,員額[,人員類別]. kind may be a code or a zh label
 * (市政府, 局處, 機關, 學校, 區公所, 其他; empty = agency). year may be ROC (114) or Gregorian (2025);
 * year and headcount go together. Parents may come later in the file. An existing code is
 * updated (a re-import replaces headcounts of the years it names).
 *
 * `dryRun` validates and reports without writing. Otherwise it writes all or nothing: any line
 * error means nothing is written (`written: false`).
 */
export const agencyImportInput = z.strictObject({
  chunks: z
    .array(z.string().max(IPC_CHUNK_CHARS, { error: 'validation.importTooLarge' }))
    .min(1, { error: 'validation.required' })
    .max(Math.ceil(IMPORT_MAX_CHARS / IPC_CHUNK_CHARS) + 1, { error: 'validation.importTooLarge' })
    .refine((c) => c.reduce((n, s) => n + s.length, 0) <= IMPORT_MAX_CHARS, {
      error: 'validation.importTooLarge',
    }),
  dryRun: z.boolean(),
});
export const importLineError = z.strictObject({
  /** 1-based line of the file (the header is line 1); 0 for the file as a whole. */
  line: z.number().int(),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export const agencyImportOutput = z.strictObject({
  dryRun: z.boolean(),
  written: z.boolean(),
  rows: z.number().int(),
  agenciesCreated: z.number().int(),
  agenciesUpdated: z.number().int(),
  headcountsSet: z.number().int(),
  /** At most 200 errors are listed; `errorCount` is the total. */
  errors: z.array(importLineError),
  errorCount: z.number().int(),
});
