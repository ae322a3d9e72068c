import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { call } from '../../lib/api';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { readDraft, sessionDraftKey, type SessionOutput, type SessionValues } from './session-form';

export type DraftState = 'none' | 'restored' | 'saved' | 'failed';

/**
 * Drafts survive a lock (UX.md): the form is saved to core as the counsellor types (sealed under
 * CNK, for this person only, never web storage) and restored on mount. The hook reports what
 * happened so the form can say so.
 */
export function useSessionDraft(
  appointmentId: string,
  form: UseFormReturn<SessionValues, unknown, SessionOutput>,
  defaults: SessionValues | null,
): { state: DraftState; discard: () => Promise<void> } {
  const key = sessionDraftKey(appointmentId);
  const [state, setState] = useState<DraftState>('none');
  const [loaded, setLoaded] = useState(false);
  const [values, setValues] = useState<string>('');
  const lastSaved = useRef<string>('');
  const settled = useDebouncedValue(values, 700);

  // Restore once the defaults are known (they come from the appointment).
  useEffect(() => {
    if (!defaults || loaded) return;
    let live = true;
    call('drafts.get', { formKey: key })
      .then((d) => {
        if (!live) return;
        const restored = readDraft(d.payload, defaults);
        if (restored) {
          form.reset(defaults);
          for (const [name, value] of Object.entries(restored))
            form.setValue(name as keyof SessionValues, value, { shouldDirty: true });
          lastSaved.current = JSON.stringify(restored);
          setState('restored');
        }
      })
      .catch(() => undefined)
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [defaults, loaded, key, form]);

  useEffect(() => {
    if (!loaded) return;
    const sub = form.watch((v) => {
      setValues(JSON.stringify(v));
    });
    return () => sub.unsubscribe();
  }, [form, loaded]);

  useEffect(() => {
    if (!settled || settled === lastSaved.current) return;
    lastSaved.current = settled;
    call('drafts.save', { formKey: key, payload: settled })
      .then(() => setState('saved'))
      .catch(() => setState('failed'));
  }, [settled, key]);

  return {
    state,
    discard: () =>
      call('drafts.discard', { formKey: key }).then(
        () => undefined,
        () => undefined,
      ),
  };
}
