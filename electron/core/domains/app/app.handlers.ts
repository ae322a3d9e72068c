import type { Handlers } from '../../ipc/dispatch';
import type { CoreDeps } from '../../deps';
import { APP_NAME, APP_VERSION } from '../../version';
import { officeDate } from '../appointments/office-time';
import { readSessionSettings } from '../quota/quota-settings';

export const appHandlers = (deps: CoreDeps) =>
  ({
    'app.info': (ctx) => ({
      name: APP_NAME,
      version: APP_VERSION,
      state: ctx.state,
      dataDir: deps.dataDir,
      schemaVersion: deps.schemaVersion(),
    }),
    'app.echo': (ctx, input) => ({ text: input.text, at: ctx.now }),
    'app.today': (ctx) => {
      const { timeZone } = readSessionSettings(deps.sessions.requireDb());
      return { today: officeDate(ctx.now, timeZone), timeZone };
    },
  }) satisfies Pick<Handlers, 'app.info' | 'app.echo' | 'app.today'>;
