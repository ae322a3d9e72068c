import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import { listCases } from './case-list.service';
import { officeToday } from './office-today';

/**
 * The case list (issue #6). Any service role sees the whole list for now, like cases.get (see
 * cases/case-access.ts: per-case visibility will narrow both in the same place). A list is not
 * an audited read: it shows what SECURITY.md §4 allows in lists (name, case number, agency,
 * logistics); opening a case page is what gets audited.
 */
export const caseListHandlers = (deps: CoreDeps) =>
  ({
    'cases.list': (_ctx, input) => {
      const db = deps.sessions.requireDb();
      return listCases(db, input, officeToday(db, deps.clock.now()));
    },
  }) satisfies Pick<Handlers, 'cases.list'>;
