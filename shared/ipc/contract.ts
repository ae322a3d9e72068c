import { defineChannel } from './channel';
import { appEchoInput, appEchoOutput, appInfoInput, appInfoOutput } from './schemas/app';
import {
  accountCreateInput,
  accountCreated,
  accountIdInput,
  accountPassphraseInput,
  accountsListOutput,
  clinicalStatusOutput,
  escrowConfirmInput,
  escrowPrepareOutput,
} from './schemas/accounts';
import { auditListInput, auditListOutput, auditVerifyOutput } from './schemas/audit';
import {
  changePassphraseInput,
  loginInput,
  sessionInfo,
  sessionOutput,
  setupInput,
  setupPrepareOutput,
} from './schemas/auth';
import { empty, ok } from './schemas/common';
import { draftKeyInput, draftOutput, draftSaveInput } from './schemas/drafts';
import { organisationSettings, settingsUpdateInput } from './schemas/settings';
import { APP_STATES, ROLES } from '../domain/app-state';

const OPEN = ['unlocked', 'readOnly'] as const;
const SERVICE = ['desk', 'counsellor', 'admin'] as const;
const pub = { roles: 'public', clinical: false } as const;

/**
 * The IPC contract: `'domain.verb'` → declaration. The core dispatcher, the Electron bridge, the
 * preload allow-list, the typed renderer client and the test bridge are all derived from this map.
 * To add a channel: put its schemas in `schemas/<domain>.ts`, declare it here, add its handler in
 * `electron/core/domains/<domain>/<domain>.handlers.ts`. TypeScript then refuses to build until
 * the handler exists.
 */
export const contract = {
  'app.info': defineChannel({ input: appInfoInput, output: appInfoOutput, states: APP_STATES, ...pub, writes: false }),
  'app.echo': defineChannel({ input: appEchoInput, output: appEchoOutput, states: APP_STATES, ...pub, writes: false }),

  // First start: the recovery code is made first and held in memory; nothing is written until
  // the administrator has typed it back (setup.initialise).
  'setup.prepare': defineChannel({ input: empty, output: setupPrepareOutput, states: ['uninitialised'], ...pub, writes: false }),
  'setup.initialise': defineChannel({ input: setupInput, output: sessionInfo, states: ['uninitialised'], ...pub, writes: true }),

  'auth.session': defineChannel({ input: empty, output: sessionOutput, states: APP_STATES, ...pub, writes: false }),
  'auth.login': defineChannel({ input: loginInput, output: sessionInfo, states: ['locked'], ...pub, writes: false }),
  'auth.lock': defineChannel({ input: empty, output: ok, states: OPEN, roles: ROLES, clinical: false, writes: false, duringPassphraseChange: true }),
  'auth.logout': defineChannel({ input: empty, output: ok, states: OPEN, roles: ROLES, clinical: false, writes: false, duringPassphraseChange: true }),
  'auth.activity': defineChannel({ input: empty, output: ok, states: OPEN, roles: ROLES, clinical: false, writes: false, duringPassphraseChange: true }),
  'auth.changePassphrase': defineChannel({ input: changePassphraseInput, output: sessionInfo, states: ['unlocked'], roles: ROLES, clinical: false, writes: true, duringPassphraseChange: true }),

  'accounts.list': defineChannel({ input: empty, output: accountsListOutput, states: OPEN, roles: ['admin'], clinical: false, writes: false }),
  'accounts.create': defineChannel({ input: accountCreateInput, output: accountCreated, states: ['unlocked'], roles: ['admin'], clinical: false, writes: true }),
  'accounts.disable': defineChannel({ input: accountIdInput, output: ok, states: ['unlocked'], roles: ['admin'], clinical: false, writes: true }),
  'accounts.enable': defineChannel({ input: accountPassphraseInput, output: ok, states: ['unlocked'], roles: ['admin'], clinical: false, writes: true }),
  'accounts.resetPassphrase': defineChannel({ input: accountPassphraseInput, output: ok, states: ['unlocked'], roles: ['admin'], clinical: false, writes: true }),
  'accounts.unlock': defineChannel({ input: accountIdInput, output: ok, states: ['unlocked'], roles: ['admin'], clinical: false, writes: true }),

  'clinical.status': defineChannel({ input: empty, output: clinicalStatusOutput, states: OPEN, roles: ['counsellor', 'admin'], clinical: false, writes: false }),
  'clinical.prepareEscrow': defineChannel({ input: empty, output: escrowPrepareOutput, states: ['unlocked'], roles: ['counsellor'], clinical: true, writes: false }),
  'clinical.initialise': defineChannel({ input: escrowConfirmInput, output: sessionInfo, states: ['unlocked'], roles: ['counsellor'], clinical: true, writes: true }),
  'clinical.grant': defineChannel({ input: accountIdInput, output: ok, states: ['unlocked'], roles: ['counsellor'], clinical: true, writes: true }),

  'audit.list': defineChannel({ input: auditListInput, output: auditListOutput, states: OPEN, roles: ['admin'], clinical: false, writes: false }),
  'audit.verify': defineChannel({ input: empty, output: auditVerifyOutput, states: OPEN, roles: ['admin'], clinical: false, writes: false }),

  'drafts.save': defineChannel({ input: draftSaveInput, output: ok, states: ['unlocked'], roles: SERVICE, clinical: false, writes: true }),
  'drafts.get': defineChannel({ input: draftKeyInput, output: draftOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'drafts.discard': defineChannel({ input: draftKeyInput, output: ok, states: ['unlocked'], roles: SERVICE, clinical: false, writes: true }),

  'settings.get': defineChannel({ input: empty, output: organisationSettings, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'settings.update': defineChannel({ input: settingsUpdateInput, output: organisationSettings, states: ['unlocked'], roles: ['admin'], clinical: false, writes: true }),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];
