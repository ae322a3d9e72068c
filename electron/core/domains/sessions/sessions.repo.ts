import { randomUUID } from 'node:crypto';
import type { RiskLevel } from '../../../../shared/domain/reference-lists';
import type { SessionMode } from '../../../../shared/domain/sessions';
import type { Db } from '../../db/open';

export interface SessionDbRow {
  readonly id: string;
  readonly case_id: string;
  readonly appointment_id: string | null;
  readonly counsellor_id: string;
  readonly counsellor_name: string;
  readonly local_date: string;
  readonly start_time: string;
  readonly end_time: string;
  readonly minutes: number;
  readonly mode: SessionMode;
  readonly risk_level: RiskLevel;
  readonly next_step: string;
  readonly recording_requested: number;
  readonly recording_agreed: number;
  readonly note_versions: number;
  readonly created_at: number;
}

/** Facts only: this SELECT never touches session_note.sealed. */
const SESSION_SELECT = `
  SELECT s.id, s.case_id, s.appointment_id, s.counsellor_id, a.display_name AS counsellor_name, s.local_date, s.start_time,
         s.end_time, s.minutes, s.mode, s.risk_level, s.next_step, s.recording_requested, s.recording_agreed, s.created_at,
         (SELECT COUNT(*) FROM session_note n WHERE n.session_id = s.id) AS note_versions
  FROM counselling_session s JOIN account a ON a.id = s.counsellor_id`;

export function getSession(db: Db, id: string): SessionDbRow | undefined {
  return db.prepare(`${SESSION_SELECT} WHERE s.id = ?`).get(id) as SessionDbRow | undefined;
}

export function caseSessions(db: Db, caseId: string): SessionDbRow[] {
  return db
    .prepare(
      `${SESSION_SELECT} WHERE s.case_id = ? ORDER BY s.local_date DESC, s.start_time DESC, s.id LIMIT 500`,
    )
    .all(caseId) as SessionDbRow[];
}

export function sessionTopics(db: Db, sessionId: string): string[] {
  return db
    .prepare('SELECT code FROM session_topic WHERE session_id = ? ORDER BY code')
    .pluck()
    .all(sessionId) as string[];
}

export interface NewSession {
  readonly caseId: string;
  readonly appointmentId: string | null;
  readonly counsellorId: string;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly startsAt: number;
  readonly minutes: number;
  readonly mode: SessionMode;
  readonly riskLevel: RiskLevel;
  readonly nextStep: string;
  readonly recordingRequested: boolean;
  readonly recordingAgreed: boolean;
  readonly selfPaid: boolean;
  readonly topics: readonly string[];
}

export function insertSession(db: Db, v: NewSession, at: number, installationId: string): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO counselling_session (id, case_id, appointment_id, counsellor_id, local_date, start_time, end_time, starts_at, minutes, mode,
       risk_level, next_step, recording_requested, recording_agreed, self_paid, created_at, updated_at, installation_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    v.caseId,
    v.appointmentId,
    v.counsellorId,
    v.date,
    v.start,
    v.end,
    v.startsAt,
    v.minutes,
    v.mode,
    v.riskLevel,
    v.nextStep,
    v.recordingRequested ? 1 : 0,
    v.recordingAgreed ? 1 : 0,
    v.selfPaid ? 1 : 0,
    at,
    at,
    installationId,
  );
  const topic = db.prepare('INSERT INTO session_topic (session_id, code) VALUES (?, ?)');
  for (const code of v.topics) topic.run(id, code);
  return id;
}

export interface NoteDbRow {
  readonly id: string;
  readonly version: number;
  readonly sealed: Buffer;
  readonly reason: string | null;
  readonly written_by: string;
  readonly written_by_name: string;
  readonly written_at: number;
}

export function noteVersions(db: Db, sessionId: string): NoteDbRow[] {
  return db
    .prepare(
      `SELECT n.id, n.version, n.sealed, n.reason, n.written_by, a.display_name AS written_by_name, n.written_at
       FROM session_note n JOIN account a ON a.id = n.written_by WHERE n.session_id = ? ORDER BY n.version`,
    )
    .all(sessionId) as NoteDbRow[];
}

export function insertNote(
  db: Db,
  v: {
    id: string;
    sessionId: string;
    version: number;
    sealed: Buffer;
    reason: string | null;
    by: string;
  },
  at: number,
  installationId: string,
): void {
  db.prepare(
    'INSERT INTO session_note (id, session_id, version, sealed, reason, written_by, written_at, installation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(v.id, v.sessionId, v.version, v.sealed, v.reason, v.by, at, installationId);
}
