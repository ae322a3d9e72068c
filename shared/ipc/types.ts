import type { z } from 'zod';
import type { Channel, Contract } from './contract';
import type { Envelope } from './envelope';

export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;

/** The API the preload exposes as `window.eap`, and the test bridge imitates. */
export interface EapBridge {
  invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<Envelope<OutputOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

export interface EventPayloads {
  'db.changed': { readonly domains: readonly string[] };
  'session.locked': { readonly reason: 'idle' | 'manual' | 'system' };
  'app.stateChanged': { readonly state: string };
}
export type EventName = keyof EventPayloads;
export const EVENT_NAMES: readonly EventName[] = [
  'db.changed',
  'session.locked',
  'app.stateChanged',
];
