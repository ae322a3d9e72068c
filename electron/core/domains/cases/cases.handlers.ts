import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import { officeToday } from '../case-list/office-today';
import { runAction } from '../reference/action';
import { acknowledgeBreakGlass, breakGlassForMe, breakGlassIfNeeded } from './break-glass';
import { caseDetail } from './case-detail';
import { OpenedCases } from './opened-cases';
import { createCase, requireCase, setStatus, updateCase } from './cases.service';

export const casesHandlers = (deps: CoreDeps) => {
  const opens = new OpenedCases();
  return {
    // Every open of a case page is audited (SECURITY.md §4: "case-page opens"), ids only. The
    // page on screen refetches when anything changes; those refreshes are not new opens.
    'cases.get': (ctx, input) => {
      const db = deps.sessions.requireDb();
      breakGlassIfNeeded(deps, ctx, db, input.id, input.breakGlassReason);
      const row = requireCase(ctx, db, input.id);
      const detail = caseDetail(db, row, input.asOf ?? officeToday(db, deps.clock.now()));
      if (
        opens.isNewOpen(
          deps.sessions.requireVault(),
          row.id,
          deps.clock.now(),
          input.refresh === true,
        )
      ) {
        deps.sessions.audit('case.opened', { type: 'case', id: row.id });
      }
      return { case: detail };
    },
    'cases.create': (_ctx, input) =>
      runAction(deps, ['cases', 'clients'], (a) => createCase(a, input)),
    'cases.update': (ctx, input) => {
      runAction(deps, ['cases'], (a) => updateCase(ctx, a, input));
      return {};
    },
    // An internal printout with names leaves the screen: audited (SECURITY.md §6).
    'cases.printed': (ctx, input) => {
      requireCase(ctx, deps.sessions.requireDb(), input.id);
      deps.sessions.audit('case.printed', { type: 'case', id: input.id });
      return {};
    },
    'breakGlass.forMe': () => ({
      entries: breakGlassForMe(deps.sessions.requireDb(), deps.sessions.actorId()),
    }),
    'breakGlass.acknowledge': (ctx, input) => {
      acknowledgeBreakGlass(
        deps,
        deps.sessions.requireDb(),
        deps.sessions.actorId(),
        input.id,
        ctx.now,
      );
      return {};
    },
    'cases.setStatus': (ctx, input) => {
      runAction(deps, ['cases'], (a) => setStatus(ctx, a, input));
      return {};
    },
  } satisfies Pick<
    Handlers,
    | 'cases.get'
    | 'cases.create'
    | 'cases.update'
    | 'cases.setStatus'
    | 'cases.printed'
    | 'breakGlass.forMe'
    | 'breakGlass.acknowledge'
  >;
};
