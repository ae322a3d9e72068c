import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { countedMinutes } from '../../../../shared/domain/sessions';
import type {
  sessionNoteOutput,
  sessionRecordInput,
  sessionRow,
} from '../../../../shared/ipc/schemas/sessions';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import type { CallContext } from '../../ipc/context';
import { openClinical, sealClinical } from '../../security/clinical-cipher';
import { getAppointment, setAppointmentStatus } from '../appointments/appointments.repo';
import { minutesOf, officeDate, officeInstant } from '../appointments/office-time';
import { insertRisk, type CaseDbRow } from '../cases/cases.repo';
import { requireCase } from '../cases/cases.service';
import { readSessionSettings, ruleFor, rulesForYear } from '../quota/quota-settings';
import { Issues, type Action } from '../reference/action';
import { checkCodes, checkNotFuture } from '../reference/checks';
import {
  caseSessions,
  getSession,
  insertNote,
  insertSession,
  noteVersions,
  sessionTopics,
  type SessionDbRow,
} from './sessions.repo';

/**
 * In-house sessions and their clinical notes. The note is sealed under CNK with the note's id,
 * session and version as associated data, so a sealed value moved to another row or version
 * fails to open. Who may read: the case's assigned counsellor and clinical supervisors.
 */
const noteAad = (noteId: string, sessionId: string, version: number) =>
  `sessionNote|${noteId}|${sessionId}|${version}`;

function requireCnk(cnk: Buffer | null): Buffer {
  if (!cnk) throw new AppError('FORBIDDEN', { key: 'errors.keyNotHeld' });
  return cnk;
}

/** Counted hours of one session under the rule of its person, category and plan year. */
function countedHours(
  db: Db,
  kase: Pick<CaseDbRow, 'client_id'>,
  date: string,
  minutes: number,
): number {
  const category = db
    .prepare('SELECT category_code FROM client WHERE id = ?')
    .pluck()
    .get(kase.client_id) as string | null;
  const rule = ruleFor(rulesForYear(db, Number(date.slice(0, 4))).rules, category);
  return countedMinutes(minutes, rule.unitMinutes, rule.rounding) / 60;
}

export function recordSession(
  ctx: CallContext,
  a: Action,
  input: z.output<typeof sessionRecordInput>,
  cnk: Buffer | null,
): { id: string; countedHours: number } {
  const appt = input.appointmentId ? getAppointment(a.db, input.appointmentId) : undefined;
  if (input.appointmentId && !appt) throw new AppError('NOT_FOUND');
  const kase = requireCase(ctx, a.db, appt?.case_id ?? input.caseId ?? '');
  if (kase.status === 'closed') throw new AppError('CONFLICT', { key: 'errors.caseClosed' });
  if (appt) {
    if (appt.status !== 'booked' || !appt.counsellor_id)
      throw new AppError('CONFLICT', {
        key: 'errors.illegalTransition',
        params: { from: appt.status, to: 'completed' },
      });
    if (appt.counsellor_id !== a.actorId)
      throw new AppError('FORBIDDEN', { key: 'errors.notAssignedCounsellor' });
  }
  if (input.note !== undefined) requireCnk(cnk);
  const tz = readSessionSettings(a.db).timeZone;
  const issues = new Issues();
  const topics = checkCodes(a.db, issues, 'topic', 'topics', input.topics);
  checkNotFuture(issues, 'date', input.date, officeDate(a.at, tz));
  issues.throwIfAny();
  const minutes = minutesOf(input.end) - minutesOf(input.start);
  const id = insertSession(
    a.db,
    {
      caseId: kase.id,
      appointmentId: appt?.id ?? null,
      counsellorId: a.actorId,
      date: input.date,
      start: input.start,
      end: input.end,
      startsAt: officeInstant(input.date, input.start, tz),
      minutes,
      mode: input.mode,
      riskLevel: input.riskLevel,
      nextStep: input.nextStep,
      recordingRequested: input.recordingRequested,
      recordingAgreed: input.recordingAgreed,
      selfPaid: appt?.self_paid === 1,
      topics,
    },
    a.at,
    a.installationId,
  );
  if (appt)
    setAppointmentStatus(a.db, appt.id, 'completed', null, a.actorId, a.at, a.installationId);
  // A re-assessment changes the level the desk sees; the reasoning stays in the note.
  if (input.riskLevel !== kase.risk_level) {
    a.db
      .prepare(
        'UPDATE case_file SET risk_level = ?, updated_at = ?, installation_id = ? WHERE id = ?',
      )
      .run(input.riskLevel, a.at, a.installationId, kase.id);
    insertRisk(a.db, kase.id, input.riskLevel, input.date, a.actorId, a.at, a.installationId);
  }
  if (input.note !== undefined) {
    const noteId = randomUUID();
    insertNote(
      a.db,
      {
        id: noteId,
        sessionId: id,
        version: 1,
        sealed: sealClinical(requireCnk(cnk), input.note, noteAad(noteId, id, 1)),
        reason: null,
        by: a.actorId,
      },
      a.at,
      a.installationId,
    );
  }
  a.audit(
    'session.recorded',
    { type: 'session', id },
    { caseId: kase.id, note: input.note !== undefined ? 1 : 0 },
  );
  return { id, countedHours: countedHours(a.db, kase, input.date, minutes) };
}

export function listSessions(
  ctx: CallContext,
  db: Db,
  caseId: string,
): z.output<typeof sessionRow>[] {
  const kase = requireCase(ctx, db, caseId);
  return caseSessions(db, caseId).map((s) => ({
    id: s.id,
    caseId: s.case_id,
    appointmentId: s.appointment_id,
    counsellor: { id: s.counsellor_id, displayName: s.counsellor_name },
    date: s.local_date,
    start: s.start_time,
    end: s.end_time,
    minutes: s.minutes,
    countedHours: countedHours(db, kase, s.local_date, s.minutes),
    mode: s.mode,
    topics: sessionTopics(db, s.id),
    riskLevel: s.risk_level,
    nextStep: s.next_step,
    recordingRequested: s.recording_requested === 1,
    recordingAgreed: s.recording_agreed === 1,
    hasNote: s.note_versions > 0,
    noteVersions: s.note_versions,
    createdAt: s.created_at,
  }));
}

function requireSession(
  ctx: CallContext,
  db: Db,
  id: string,
): { session: SessionDbRow; kase: CaseDbRow } {
  const session = getSession(db, id);
  if (!session) throw new AppError('NOT_FOUND');
  return { session, kase: requireCase(ctx, db, session.case_id) };
}

export function amendNote(
  ctx: CallContext,
  a: Action,
  input: { sessionId: string; note: string; reason?: string | undefined },
  cnk: Buffer | null,
): { version: number } {
  const { session, kase } = requireSession(ctx, a.db, input.sessionId);
  if (a.actorId !== kase.counsellor_id && a.actorId !== session.counsellor_id)
    throw new AppError('FORBIDDEN', { key: 'errors.notAssignedCounsellor' });
  const key = requireCnk(cnk);
  const version = session.note_versions + 1;
  if (version > 1 && !input.reason)
    throw new AppError('VALIDATION', {
      issues: [{ path: ['reason'], key: 'validation.required' }],
    });
  const noteId = randomUUID();
  insertNote(
    a.db,
    {
      id: noteId,
      sessionId: session.id,
      version,
      sealed: sealClinical(key, input.note, noteAad(noteId, session.id, version)),
      reason: input.reason || null,
      by: a.actorId,
    },
    a.at,
    a.installationId,
  );
  a.audit('clinical.noteAmended', { type: 'session', id: session.id }, { version });
  return { version };
}

/** Opens every version; the caller audits the read in the same step. */
export function readNote(
  ctx: CallContext,
  db: Db,
  sessionId: string,
  cnk: Buffer | null,
): z.output<typeof sessionNoteOutput> {
  const { session, kase } = requireSession(ctx, db, sessionId);
  const me = ctx.session;
  if (
    !me ||
    (me.accountId !== kase.counsellor_id &&
      me.accountId !== session.counsellor_id &&
      !me.clinicalSupervisor)
  )
    throw new AppError('FORBIDDEN', { key: 'errors.notAssignedCounsellor' });
  const key = requireCnk(cnk);
  return {
    sessionId: session.id,
    versions: noteVersions(db, session.id).map((n) => ({
      version: n.version,
      note: openClinical(key, n.sealed, noteAad(n.id, session.id, n.version)),
      reason: n.reason,
      writtenBy: { id: n.written_by, displayName: n.written_by_name },
      writtenAt: n.written_at,
    })),
  };
}
