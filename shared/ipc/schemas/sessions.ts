import { z } from 'zod';
import { riskLevel } from './cases';
import { id } from './common';
import { clockTime, sessionMode } from './appointments';
import { accountRef, calendarDate, refCode, safeText } from './reference';

/*
 * In-house counselling sessions (晤談). The session's facts (date, time, mode, topics, risk
 * level, next step, recording) are logistics; the NOTE is clinical (SECURITY.md §4): sealed under
 * CNK in its own table and readable only through sessions.readNote. No other output carries it.
 */

/** Clinical text: never trimmed or folded (it is the counsellor's record as written). */
const noteText = z.string().min(1, { error: 'validation.required' }).max(20_000);

/**
 * Recorded by the counsellor who held it (any counsellor account). `appointmentId` (a booked
 * in-house appointment: it becomes completed; its case is used) OR `caseId` — exactly one
 * ('validation.appointmentOrCase' on `appointmentId`). The date is not in the future
 * ('validation.dateInFuture'); the end comes after the start ('validation.timeOrder').
 * `recordingAgreed` needs `recordingRequested` ('validation.recordingNotRequested'): no
 * recording unless the client asks and the counsellor agrees. A `riskLevel` different from the
 * case's updates the case and adds a risk history row. A `note` needs CNK (FORBIDDEN
 * 'errors.keyNotHeld'). Closed case: CONFLICT 'errors.caseClosed'.
 */
export const sessionRecordInput = z
  .strictObject({
    appointmentId: id.optional(),
    caseId: id.optional(),
    date: calendarDate,
    start: clockTime,
    end: clockTime,
    mode: sessionMode,
    /** topic codes */
    topics: z.array(refCode).max(30).default([]),
    riskLevel,
    /** Short and non-clinical: what happens next (e.g. 'book a second session'). */
    nextStep: safeText(200).default(''),
    recordingRequested: z.boolean().default(false),
    recordingAgreed: z.boolean().default(false),
    note: noteText.optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.appointmentId === undefined) === (v.caseId === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['appointmentId'],
        message: 'validation.appointmentOrCase',
      });
    if (v.end <= v.start)
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'validation.timeOrder' });
    if (v.recordingAgreed && !v.recordingRequested)
      ctx.addIssue({
        code: 'custom',
        path: ['recordingAgreed'],
        message: 'validation.recordingNotRequested',
      });
  });
export const sessionRecorded = z.strictObject({ id: z.string(), countedHours: z.number() });

/** A case's sessions, newest first: facts only, never the note (hasNote / noteVersions say it exists). */
export const sessionsListInput = z.strictObject({ caseId: id });
export const sessionRow = z.strictObject({
  id: z.string(),
  caseId: z.string(),
  appointmentId: z.string().nullable(),
  counsellor: accountRef,
  date: z.string(),
  start: z.string(),
  end: z.string(),
  minutes: z.number().int(),
  countedHours: z.number(),
  mode: sessionMode,
  topics: z.array(z.string()),
  riskLevel,
  nextStep: z.string(),
  recordingRequested: z.boolean(),
  recordingAgreed: z.boolean(),
  hasNote: z.boolean(),
  noteVersions: z.number().int(),
  createdAt: z.number().int(),
});
export const sessionsListOutput = z.strictObject({ sessions: z.array(sessionRow) });

/**
 * Adds a new version (the first one when the session had none); earlier versions stay, with who
 * wrote them and when. By the case's assigned counsellor or the session's own counsellor
 * (FORBIDDEN 'errors.notAssignedCounsellor'); needs CNK ('errors.keyNotHeld'). `reason` is
 * required once a version exists ('validation.required').
 */
export const sessionAmendNoteInput = z.strictObject({
  sessionId: id,
  note: noteText,
  reason: safeText(200).optional(),
});
export const noteAmended = z.strictObject({ version: z.number().int() });

/**
 * The only way to clinical text: the case's assigned counsellor or a counsellor with the
 * clinical-supervision flag (FORBIDDEN 'errors.notAssignedCounsellor' otherwise), holding CNK
 * (FORBIDDEN 'errors.keyNotHeld'). Every read is audited ('clinical.noteRead'). Versions oldest
 * first; an empty list when the session has no note. Unlocked only: a read-only database could
 * not record the read.
 */
export const sessionReadNoteInput = z.strictObject({ sessionId: id });
export const sessionNoteOutput = z.strictObject({
  sessionId: z.string(),
  versions: z.array(
    z.strictObject({
      version: z.number().int(),
      note: z.string(),
      reason: z.string().nullable(),
      writtenBy: accountRef,
      writtenAt: z.number().int(),
    }),
  ),
});
