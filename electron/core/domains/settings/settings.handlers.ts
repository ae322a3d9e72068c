import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import { getOrganisationSettings, updateOrganisationSettings } from './settings.service';

export const settingsHandlers = (deps: CoreDeps) =>
  ({
    'settings.get': () => getOrganisationSettings(deps.sessions.requireDb()),
    'settings.update': (ctx, input) => {
      const db = deps.sessions.requireDb();
      const vault = deps.sessions.requireVault();
      const result = db
        .transaction(() => {
          const fields = updateOrganisationSettings(db, input, ctx.now, vault.installationId);
          deps.sessions.audit('settings.updated', null, { fields: fields.join(',') });
          return getOrganisationSettings(db);
        })
        .immediate();
      deps.sessions.setIdleLockMinutes(result.idleLockMinutes);
      deps.changed('settings');
      return result;
    },
  }) satisfies Pick<Handlers, 'settings.get' | 'settings.update'>;
