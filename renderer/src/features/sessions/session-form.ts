import { z } from 'zod';
import { RISK_LEVELS } from '../../../../shared/domain/reference-lists';
import { SESSION_MODES } from '../../../../shared/domain/sessions';
import type { InputOf } from '../../../../shared/ipc/types';
import { formDate, formText } from '../../lib/form-values';
import { formTime } from '../appointments/booking-form';

/**
 * The session record as typed. The note is clinical: never trimmed (it is the counsellor's
 * record as written), and only sent when something was written.
 */
export const sessionForm = z
  .object({
    date: formDate,
    start: formTime,
    end: formTime,
    mode: z.enum(SESSION_MODES, { error: 'validation.invalidValue' }),
    topics: z.array(z.string()),
    riskLevel: z.enum(RISK_LEVELS, { error: 'validation.invalidValue' }),
    nextStep: formText(200),
    recordingRequested: z.boolean(),
    recordingAgreed: z.boolean(),
    note: z.string().max(20_000, { error: 'validation.tooLong' }),
  })
  .superRefine((v, ctx) => {
    if (v.end <= v.start)
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'validation.timeOrder' });
    if (v.recordingAgreed && !v.recordingRequested)
      ctx.addIssue({
        code: 'custom',
        path: ['recordingAgreed'],
        message: 'validation.recordingNotRequested',
      });
  });

export type SessionValues = z.input<typeof sessionForm>;
export type SessionOutput = z.output<typeof sessionForm>;

export function toRecordInput(appointmentId: string, v: SessionOutput): InputOf<'sessions.record'> {
  return {
    appointmentId,
    date: v.date,
    start: v.start,
    end: v.end,
    mode: v.mode,
    topics: v.topics,
    riskLevel: v.riskLevel,
    nextStep: v.nextStep,
    recordingRequested: v.recordingRequested,
    recordingAgreed: v.recordingAgreed,
    ...(v.note.trim() !== '' ? { note: v.note } : {}),
  };
}

/** Drafts name a form, never a person: one clinical draft per appointment (sealed under CNK by core). */
export const sessionDraftKey = (appointmentId: string): string =>
  `clinical.sessionNote:${appointmentId}`;

/** A stored draft back into form values; anything unreadable is ignored (a draft is a convenience). */
export function readDraft(payload: string | null, fallback: SessionValues): SessionValues | null {
  if (!payload) return null;
  try {
    const parsed = JSON.parse(payload) as Partial<SessionValues>;
    const s = (v: unknown, d: string) => (typeof v === 'string' ? v : d);
    const b = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
    return {
      date: s(parsed.date, fallback.date),
      start: s(parsed.start, fallback.start),
      end: s(parsed.end, fallback.end),
      mode: (SESSION_MODES as readonly string[]).includes(String(parsed.mode))
        ? (parsed.mode as SessionValues['mode'])
        : fallback.mode,
      topics: Array.isArray(parsed.topics)
        ? parsed.topics.filter((x): x is string => typeof x === 'string')
        : fallback.topics,
      riskLevel: (RISK_LEVELS as readonly string[]).includes(String(parsed.riskLevel))
        ? (parsed.riskLevel as SessionValues['riskLevel'])
        : fallback.riskLevel,
      nextStep: s(parsed.nextStep, fallback.nextStep),
      recordingRequested: b(parsed.recordingRequested, fallback.recordingRequested),
      recordingAgreed: b(parsed.recordingAgreed, fallback.recordingAgreed),
      note: s(parsed.note, fallback.note),
    };
  } catch {
    return null;
  }
}
