import type { Clock } from './clock';
import type { CoreEvents } from './events';

/** What handlers receive: the long-lived pieces of the core, never the renderer's choices. */
export interface CoreDeps {
  readonly dataDir: string;
  readonly clock: Clock;
  readonly events: CoreEvents;
  /** The open main database's schema version, or null when it is not open. */
  schemaVersion(): number | null;
}
