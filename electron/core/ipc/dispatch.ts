import { contract, type Channel } from '../../../shared/ipc/contract';
import type { ChannelDef } from '../../../shared/ipc/channel';
import type { Envelope } from '../../../shared/ipc/envelope';
import type { OutputOf, ParsedInputOf } from '../../../shared/ipc/types';
import { AppError, isAppError } from '../errors';
import type { CallContext, DispatchEnv } from './context';
import { assertJsonShape } from './input-shape';
import { toFieldIssues } from './zod-issues';

export type Handler<C extends Channel> = (
  ctx: CallContext,
  input: ParsedInputOf<C>,
) => OutputOf<C> | Promise<OutputOf<C>>;
export type Handlers = { readonly [C in Channel]: Handler<C> };

export type Dispatch = (channel: string, input: unknown) => Promise<Envelope<unknown>>;

/** Optional observer for failures, fed only codes (never inputs), for diagnostics. */
export type FailureObserver = (channel: string, code: string) => void;

/**
 * channel + input → shape caps → state → session and role → strict zod → handler → output schema
 * → envelope. Catches everything: a bad call gets a clear error and reaches no handler.
 */
export function createDispatcher(
  handlers: Handlers,
  env: DispatchEnv,
  onFailure?: FailureObserver,
): Dispatch {
  return async (channel, input) => {
    try {
      if (typeof channel !== 'string' || !Object.hasOwn(contract, channel)) {
        throw new AppError('NOT_FOUND', { key: 'errors.unknownChannel' });
      }
      const name = channel as Channel;
      const def: ChannelDef = contract[name];
      assertJsonShape(input);
      const ctx: CallContext = {
        state: env.currentState(),
        session: env.currentSession(),
        now: env.now(),
      };
      checkState(def, ctx, env);
      checkSession(def, ctx);
      const parsed = def.input.safeParse(input ?? {});
      if (!parsed.success) {
        throw new AppError('VALIDATION', { issues: toFieldIssues(parsed.error) });
      }
      const handler = handlers[name] as (c: CallContext, i: unknown) => unknown;
      const result = await handler(ctx, parsed.data);
      // Output is checked against its strict schema, so a field a role must not receive (a
      // clinical note in a list, say) fails loudly instead of leaking.
      const out = def.output.safeParse(result);
      if (!out.success) throw new Error('output schema mismatch');
      return { ok: true, value: out.data };
    } catch (e) {
      const error = isAppError(e) ? e.toIpc() : new AppError('INTERNAL').toIpc();
      onFailure?.(String(channel).slice(0, 64), error.code);
      return { ok: false, error };
    }
  };
}

function checkState(def: ChannelDef, ctx: CallContext, env: DispatchEnv): void {
  if (ctx.state === 'readOnly' && def.writes) throw new AppError('READ_ONLY');
  if (def.states.includes(ctx.state)) return;
  switch (ctx.state) {
    case 'uninitialised':
      throw new AppError('NOT_INITIALISED');
    case 'locked':
      throw new AppError(env.hasLockedSession() ? 'SESSION_LOCKED' : 'UNAUTHENTICATED');
    case 'readOnly':
      throw new AppError('READ_ONLY');
    case 'unlocked':
      throw new AppError(
        def.states.length === 1 && def.states[0] === 'uninitialised'
          ? 'ALREADY_INITIALISED'
          : 'CONFLICT',
        { key: 'errors.wrongState' },
      );
  }
}

function checkSession(def: ChannelDef, ctx: CallContext): void {
  if (def.roles === 'public') return;
  const session = ctx.session;
  if (!session) throw new AppError('UNAUTHENTICATED');
  if (!def.roles.includes(session.role)) throw new AppError('FORBIDDEN');
  if (session.mustChangePassphrase && !def.duringPassphraseChange) {
    throw new AppError('PASSPHRASE_CHANGE_REQUIRED');
  }
}
