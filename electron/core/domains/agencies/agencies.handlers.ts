import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import { runAction } from '../reference/action';
import { applyImport, previewImport, report } from './agencies.import';
import {
  createAgency,
  headcounts,
  listAgencies,
  setHeadcount,
  updateAgencyAction,
} from './agencies.service';

export const agenciesHandlers = (deps: CoreDeps) =>
  ({
    'agencies.list': (_ctx, input) => ({
      agencies: listAgencies(deps.sessions.requireDb(), input.includeInactive),
    }),
    'agencies.create': (_ctx, input) =>
      runAction(deps, ['agencies'], (a) => createAgency(a, input)),
    'agencies.update': (_ctx, input) => {
      runAction(deps, ['agencies'], (a) => updateAgencyAction(a, input));
      return {};
    },
    'agencies.headcounts': (_ctx, input) => ({
      rows: headcounts(deps.sessions.requireDb(), input.year),
    }),
    'agencies.setHeadcount': (_ctx, input) => {
      runAction(deps, ['agencies'], (a) => setHeadcount(a, input));
      return {};
    },
    'agencies.importCsv': (_ctx, input) => {
      const text = input.chunks.join('');
      if (input.dryRun) return report(previewImport(deps.sessions.requireDb(), text), true, false);
      // Validated again inside the write transaction, so what is checked is what is written.
      const result = runAction(deps, [], (a) => {
        const preview = previewImport(a.db, text);
        if (preview.errors.length > 0) return report(preview, false, false);
        applyImport(a, preview);
        return report(preview, false, true);
      });
      if (result.written) deps.changed('agencies');
      return result;
    },
  }) satisfies Pick<
    Handlers,
    | 'agencies.list'
    | 'agencies.create'
    | 'agencies.update'
    | 'agencies.headcounts'
    | 'agencies.setHeadcount'
    | 'agencies.importCsv'
  >;
