import type { EventName, EventPayloads } from '../../shared/ipc/types';

type Listener<E extends EventName> = (payload: EventPayloads[E]) => void;

/** Typed pub/sub for core → renderer pushes; the glue and the test bridge subscribe. */
export interface CoreEvents {
  on<E extends EventName>(event: E, listener: Listener<E>): () => void;
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
}

export function createEvents(): CoreEvents {
  const listeners = new Map<EventName, Set<(p: unknown) => void>>();
  return {
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const l = listener as (p: unknown) => void;
      set.add(l);
      return () => set.delete(l);
    },
    emit(event, payload) {
      for (const l of listeners.get(event) ?? []) {
        try {
          l(payload);
        } catch {
          // A faulty subscriber must not break the core or other subscribers.
        }
      }
    },
  };
}
