import { defineChannel } from './channel';
import { appEchoInput, appEchoOutput, appInfoInput, appInfoOutput } from './schemas/app';
import { APP_STATES } from '../domain/app-state';

/**
 * The IPC contract: `'domain.verb'` → declaration. The core dispatcher, the Electron bridge, the
 * preload allow-list, the typed renderer client and the test bridge are all derived from this map.
 * To add a channel: put its schemas in `schemas/<domain>.ts`, declare it here, add its handler in
 * `electron/core/domains/<domain>/<domain>.handlers.ts`. TypeScript then refuses to build until
 * the handler exists.
 */
export const contract = {
  'app.info': defineChannel({
    input: appInfoInput,
    output: appInfoOutput,
    states: APP_STATES,
    roles: 'public',
    clinical: false,
    writes: false,
  }),
  'app.echo': defineChannel({
    input: appEchoInput,
    output: appEchoOutput,
    states: APP_STATES,
    roles: 'public',
    clinical: false,
    writes: false,
  }),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];
