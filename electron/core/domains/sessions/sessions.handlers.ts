import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import { runAction } from '../reference/action';
import { amendNote, listSessions, readNote, recordSession } from './sessions.service';

export const sessionsHandlers = (deps: CoreDeps) => {
  const cnk = (): Buffer | null => deps.sessions.requireVault().keys.cnk ?? null;
  return {
    'sessions.record': (ctx, input) =>
      runAction(deps, ['sessions', 'appointments', 'quota', 'cases'], (a) =>
        recordSession(ctx, a, input, cnk()),
      ),
    'sessions.list': (ctx, input) => ({
      sessions: listSessions(ctx, deps.sessions.requireDb(), input.caseId),
    }),
    'sessions.amendNote': (ctx, input) =>
      runAction(deps, ['sessions'], (a) => amendNote(ctx, a, input, cnk())),
    // Every read of clinical text is audited (SECURITY.md §4), ids and counts only.
    'sessions.readNote': (ctx, input) => {
      const out = readNote(ctx, deps.sessions.requireDb(), input.sessionId, cnk());
      deps.sessions.audit(
        'clinical.noteRead',
        { type: 'session', id: out.sessionId },
        { versions: out.versions.length },
      );
      return out;
    },
  } satisfies Pick<
    Handlers,
    'sessions.record' | 'sessions.list' | 'sessions.amendNote' | 'sessions.readNote'
  >;
};
