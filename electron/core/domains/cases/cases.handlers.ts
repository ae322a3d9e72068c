import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import { localIsoDate, runAction } from '../reference/action';
import { caseDetail } from './case-detail';
import { createCase, requireCase, setStatus, updateCase } from './cases.service';

export const casesHandlers = (deps: CoreDeps) =>
  ({
    // Every open of a case page is audited (SECURITY.md §4: "case-page opens"), ids only.
    'cases.get': (ctx, input) => {
      const db = deps.sessions.requireDb();
      const row = requireCase(ctx, db, input.id);
      const detail = caseDetail(db, row, input.asOf ?? localIsoDate(deps.clock.now()));
      deps.sessions.audit('case.opened', { type: 'case', id: row.id });
      return { case: detail };
    },
    'cases.create': (_ctx, input) =>
      runAction(deps, ['cases', 'clients'], (a) => createCase(a, input)),
    'cases.update': (ctx, input) => {
      runAction(deps, ['cases'], (a) => updateCase(ctx, a, input));
      return {};
    },
    'cases.setStatus': (ctx, input) => {
      runAction(deps, ['cases'], (a) => setStatus(ctx, a, input));
      return {};
    },
  }) satisfies Pick<Handlers, 'cases.get' | 'cases.create' | 'cases.update' | 'cases.setStatus'>;
