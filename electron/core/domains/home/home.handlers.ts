import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import { officeToday } from '../case-list/office-today';
import { homeSummary } from './home.service';

/** "Today" is the office's calendar day from the injected clock (office-today.ts), so tests move it. */
export const homeHandlers = (deps: CoreDeps) =>
  ({
    'home.summary': () => {
      const db = deps.sessions.requireDb();
      return homeSummary(db, deps.sessions.actorId(), officeToday(db, deps.clock.now()));
    },
  }) satisfies Pick<Handlers, 'home.summary'>;
