import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import { officeDate } from '../appointments/office-time';
import { requireClient } from '../clients/clients.service';
import { runAction } from '../reference/action';
import { decideExtension, pendingExtensions, requestExtension } from './extensions';
import { quotaForClient } from './quota.calc';
import {
  readSessionSettings,
  rulesForYear,
  setRules,
  toRule,
  updateSessionSettings,
} from './quota-settings';

export const quotaHandlers = (deps: CoreDeps) =>
  ({
    'quota.forClient': (_ctx, input) => {
      const db = deps.sessions.requireDb();
      requireClient(db, input.clientId);
      const year =
        input.year ??
        Number(officeDate(deps.clock.now(), readSessionSettings(db).timeZone).slice(0, 4));
      return { quota: quotaForClient(db, input.clientId, year) };
    },
    'quota.rules': (_ctx, input) => {
      const db = deps.sessions.requireDb();
      const { source, rules } = rulesForYear(db, input.year);
      return {
        year: input.year,
        source,
        rules: rules.map(toRule),
        settings: readSessionSettings(db),
      };
    },
    'quota.setRules': (_ctx, input) => {
      runAction(deps, ['quota'], (a) => setRules(a, input.year, input.rules));
      return {};
    },
    'quota.updateSettings': (_ctx, input) => {
      runAction(deps, ['quota', 'settings'], (a) => updateSessionSettings(a, input));
      return {};
    },
    'quota.requestExtension': (_ctx, input) =>
      runAction(deps, ['quota'], (a) => requestExtension(a, input)),
    'quota.pendingExtensions': () => ({ extensions: pendingExtensions(deps.sessions.requireDb()) }),
    'quota.decideExtension': (_ctx, input) =>
      runAction(deps, ['quota'], (a) => decideExtension(a, input)),
  }) satisfies Pick<
    Handlers,
    | 'quota.forClient'
    | 'quota.rules'
    | 'quota.setRules'
    | 'quota.updateSettings'
    | 'quota.requestExtension'
    | 'quota.pendingExtensions'
    | 'quota.decideExtension'
  >;
