import { useEffect } from 'react';
import { call } from '../../lib/api';
import { isImeComposing } from '../../lib/keyboard';
import { createThrottle } from '../../lib/throttle';

/** Core decides when the app is idle; the renderer only says "someone is here", sparingly. */
export const ACTIVITY_INTERVAL_MS = 30_000;
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

export function useActivityReporter(): void {
  useEffect(() => {
    const report = createThrottle(() => {
      call('auth.activity', {}).catch(() => undefined);
    }, ACTIVITY_INTERVAL_MS);
    const options = { capture: true, passive: true } as const;
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, report, options);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, report, options);
    };
  }, []);
}

/** Ctrl+L (⌘L on a Mac) locks, wherever focus is; never the key that commits a composition. */
export function useLockShortcut(lock: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isImeComposing(event)) return;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        lock();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [lock]);
}
