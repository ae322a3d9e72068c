import type { Clock } from './clock';
import type { CoreEvents } from './events';
import type { SessionManager } from './session/session-manager';

/** What handlers receive: the long-lived pieces of the core, never the renderer's choices. */
export interface CoreDeps {
  readonly dataDir: string;
  readonly clock: Clock;
  readonly events: CoreEvents;
  readonly sessions: SessionManager;
  /** The open main database's schema version, or null when it is not open. */
  schemaVersion(): number | null;
  /** Tells the renderer which domains changed, so it refetches only those. */
  changed(...domains: string[]): void;
}
