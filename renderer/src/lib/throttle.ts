/**
 * Runs `fn` at most once per `intervalMs`, on the leading edge: the first event after a quiet
 * period goes through at once, the rest of the burst is dropped. Used for `auth.activity`, where
 * only "someone touched the app lately" matters, never how often.
 */
export function createThrottle(
  fn: () => void,
  intervalMs: number,
  now: () => number = () => Date.now(),
): () => void {
  let last = Number.NEGATIVE_INFINITY;
  return () => {
    const t = now();
    if (t - last < intervalMs) return;
    last = t;
    fn();
  };
}
