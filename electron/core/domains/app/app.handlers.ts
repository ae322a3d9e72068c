import type { Handlers } from '../../ipc/dispatch';
import type { CoreDeps } from '../../deps';
import { APP_NAME, APP_VERSION } from '../../version';

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
  }) satisfies Pick<Handlers, 'app.info' | 'app.echo'>;
