import { kdfSelfTest } from '../security/kdf';

let done: Promise<void> | null = null;

/** The KDF known-answer test, once per process, before any slot is created or opened. */
export function ensureKdfSelfTest(): Promise<void> {
  done ??= kdfSelfTest().catch((e: unknown) => {
    done = null;
    throw e;
  });
  return done;
}
