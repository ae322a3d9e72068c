/**
 * The two raw Electron IPC channels between preload and main. Every contract channel travels
 * inside `eap:invoke`, so main has a single handler that checks the sender. Kept in a file of
 * its own because the sandboxed preload bundle must inline it and stay tiny.
 */
export const INVOKE_CHANNEL = 'eap:invoke';
export const EVENT_CHANNEL = 'eap:event';

/** What main sends on EVENT_CHANNEL. */
export interface EventMessage {
  readonly event: string;
  readonly payload: unknown;
}
