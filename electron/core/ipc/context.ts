import type { AppState, Role } from '../../../shared/domain/app-state';

/** Who is calling. Lives in core only: the renderer never holds a token. */
export interface Session {
  readonly accountId: string;
  readonly role: Role;
  readonly clinicalSupervisor: boolean;
  readonly mustChangePassphrase: boolean;
}

export interface CallContext {
  readonly state: AppState;
  readonly session: Session | null;
  readonly now: number;
}

/** What the dispatcher asks of the core about the moment of a call. */
export interface DispatchEnv {
  currentState(): AppState;
  currentSession(): Session | null;
  /** True when a person's session is locked (as opposed to nobody being signed in). */
  hasLockedSession(): boolean;
  now(): number;
}
