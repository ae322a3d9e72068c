import type { AppState } from '../../shared/domain/app-state';
import { systemClock, type Clock } from './clock';
import type { CoreDeps } from './deps';
import { appHandlers } from './domains/app/app.handlers';
import { createEvents, type CoreEvents } from './events';
import type { Session } from './ipc/context';
import { createDispatcher, type Dispatch, type Handlers } from './ipc/dispatch';
import { detectInitialState } from './vault/detect';

export interface AppCoreOptions {
  readonly dataDir: string;
  readonly clock?: Clock;
}

export interface AppCore {
  readonly dispatch: Dispatch;
  readonly events: CoreEvents;
  state(): AppState;
  close(): void;
}

/**
 * The application core: everything the Electron main process does, without Electron. The glue,
 * the CLI and the tests all drive it through `dispatch`, the same path the renderer uses.
 */
export function createAppCore(opts: AppCoreOptions): AppCore {
  const clock = opts.clock ?? systemClock;
  const events = createEvents();
  let state: AppState = detectInitialState(opts.dataDir);
  let session: Session | null = null;
  let lockedSession = false;

  const deps: CoreDeps = {
    dataDir: opts.dataDir,
    clock,
    events,
    schemaVersion: () => null,
  };

  const handlers: Handlers = {
    ...appHandlers(deps),
  };

  const dispatch = createDispatcher(handlers, {
    currentState: () => state,
    currentSession: () => session,
    hasLockedSession: () => lockedSession,
    now: () => clock.now(),
  });

  return {
    dispatch,
    events,
    state: () => state,
    close() {
      session = null;
      lockedSession = false;
      state = detectInitialState(opts.dataDir);
    },
  };
}
