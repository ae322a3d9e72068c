import type { z } from 'zod';
import type { AppState, Role } from '../domain/app-state';

/**
 * One IPC channel's declaration. Everything the dispatcher enforces lives here, next to the
 * schemas, so a reviewer sees in one place who may call what, in which state.
 */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  /** App states the channel runs in. Writes are never declared for `readOnly`. */
  readonly states: readonly AppState[];
  /** `public` needs no session (setup, login, app info); otherwise the roles allowed. */
  readonly roles: 'public' | readonly Role[];
  /** True when the channel reads or writes clinical content (CNK); every such call is audited. */
  readonly clinical: boolean;
  /** True when the channel changes data; refused in `readOnly`. */
  readonly writes: boolean;
  /** True for the few channels a person may use before replacing a first passphrase. */
  readonly duringPassphraseChange?: boolean;
}

export const defineChannel = <I extends z.ZodType, O extends z.ZodType>(
  def: ChannelDef<I, O>,
): ChannelDef<I, O> => def;
