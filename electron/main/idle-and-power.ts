/** OS events after which nobody should find the app open: screen locked, machine suspended. */
export const SYSTEM_LOCK_EVENTS = ['lock-screen', 'suspend'] as const;
export type SystemLockEvent = (typeof SYSTEM_LOCK_EVENTS)[number];

/** The parts of Electron's powerMonitor used here (available only after app `ready`). */
export interface PowerMonitorLike {
  on(event: SystemLockEvent, listener: () => void): unknown;
  removeListener(event: SystemLockEvent, listener: () => void): unknown;
}

/**
 * Calls onSystemLock when the OS locks or suspends (SECURITY.md §3: lock on OS lock or suspend).
 * Returns an unsubscribe. A throwing callback is contained: a failed lock must not crash main
 * with the database open.
 */
export function watchSystemLock(
  powerMonitor: PowerMonitorLike,
  onSystemLock: (event: SystemLockEvent) => void,
  onError: (error: unknown) => void = () => undefined,
): () => void {
  const listeners = SYSTEM_LOCK_EVENTS.map((name) => {
    const listener = (): void => {
      try {
        onSystemLock(name);
      } catch (error) {
        onError(error);
      }
    };
    powerMonitor.on(name, listener);
    return { name, listener };
  });
  return () => {
    for (const { name, listener } of listeners) powerMonitor.removeListener(name, listener);
  };
}
