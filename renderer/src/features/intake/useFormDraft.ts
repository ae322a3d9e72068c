import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../lib/api';

export const DRAFT_SAVE_DELAY_MS = 1000;

export interface StoredDraft<P> {
  readonly payload: P;
  readonly updatedAt: number;
}

/** A draft payload read back: JSON of the expected version, or nothing usable. */
export function readDraft<P>(raw: string | null, version: number): P | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as { v?: unknown; data?: unknown };
    return parsed.v === version && parsed.data ? (parsed.data as P) : null;
  } catch {
    return null;
  }
}

/**
 * Drafts survive a lock (UX.md): while the person types, the form is saved about once a second
 * into the encrypted database for that person (`drafts.save`), never in browser storage. On
 * opening the form, an earlier draft is offered back; saving nothing over it until the person
 * chose. `clear()` after a successful save removes it.
 */
export function useFormDraft<P>(formKey: string, version: number) {
  const queryClient = useQueryClient();
  const stored = useQuery({
    queryKey: ['drafts', formKey] as const,
    queryFn: () => call('drafts.get', { formKey }),
    staleTime: 0,
    gcTime: 0,
  });
  const [decided, setDecided] = useState(false);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stopped = useRef(false);

  const offered: StoredDraft<P> | null =
    !decided && stored.data?.updatedAt
      ? (() => {
          const payload = readDraft<P>(stored.data.payload, version);
          return payload ? { payload, updatedAt: stored.data.updatedAt } : null;
        })()
      : null;
  // Nothing to offer (or a draft nobody can read): saving may start at once.
  const ready = stored.isSuccess && (decided || offered === null);

  useEffect(() => () => clearTimeout(timer.current), []);

  const schedule = useCallback(
    (data: P) => {
      if (!ready || stopped.current) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        if (stopped.current) return;
        call('drafts.save', { formKey, payload: JSON.stringify({ v: version, data }) }).then(
          () => setSavedAt(Date.now()),
          // A draft is a convenience: a failed save (e.g. just locked) is not worth an error.
          () => undefined,
        );
      }, DRAFT_SAVE_DELAY_MS);
    },
    [ready, formKey, version],
  );

  const discard = useCallback(() => {
    clearTimeout(timer.current);
    setDecided(true);
    setSavedAt(null);
    void call('drafts.discard', { formKey }).catch(() => undefined);
  }, [formKey]);

  /** After the record was saved: stop saving and remove the draft. */
  const clear = useCallback(() => {
    stopped.current = true;
    clearTimeout(timer.current);
    void call('drafts.discard', { formKey })
      .catch(() => undefined)
      .then(() => queryClient.removeQueries({ queryKey: ['drafts', formKey] }));
  }, [formKey, queryClient]);

  return {
    /** An earlier draft waiting for "continue" or "discard". */
    offered,
    loading: stored.isPending,
    restore: () => setDecided(true),
    discard,
    schedule,
    clear,
    savedAt,
  };
}
