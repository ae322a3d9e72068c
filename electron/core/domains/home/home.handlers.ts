import type { CoreDeps } from '../../deps';
import { AppError } from '../../errors';
import type { Handlers } from '../../ipc/dispatch';
import { officeToday } from '../case-list/office-today';
import { homeDay } from './home-day';
import { homeSummary } from './home.service';

/** "Today" is the office's calendar day from the injected clock (office-today.ts), so tests move it. */
export const homeHandlers = (deps: CoreDeps) =>
  ({
    'home.summary': () => {
      const db = deps.sessions.requireDb();
      return homeSummary(db, deps.sessions.actorId(), officeToday(db, deps.clock.now()));
    },
    // Whose day it is comes from the session, never from the renderer.
    'home.day': (ctx) => {
      if (!ctx.session) throw new AppError('FORBIDDEN');
      return homeDay(deps.sessions.requireDb(), ctx.session, deps.clock.now());
    },
  }) satisfies Pick<Handlers, 'home.summary' | 'home.day'>;
