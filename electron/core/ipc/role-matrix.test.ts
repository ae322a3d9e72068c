import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppState, Role } from '../../../shared/domain/app-state';
import { CHANNELS, contract } from '../../../shared/ipc/contract';
import {
  createCoreKit,
  createUser,
  firstLogin,
  setupOffice,
  type CoreKit,
} from '../testing/core-kit';

/**
 * Role × app state over EVERY channel. The probe input carries an unknown key, so a call that
 * passes the state and role checks stops at validation and no handler runs: this proves the
 * refusals without changing anything.
 */
const PROBE = { zzUnknownField: 1 };
const STATE_ERRORS = [
  'NOT_INITIALISED',
  'UNAUTHENTICATED',
  'SESSION_LOCKED',
  'ALREADY_INITIALISED',
  'CONFLICT',
  'READ_ONLY',
];

type Situation = {
  label: string;
  state: AppState;
  role: Role | null;
  mustChange?: boolean;
  enter(kit: CoreKit): Promise<void>;
};

let kit: CoreKit;
const users: Partial<Record<Role, { username: string; passphrase: string }>> = {};
let freshCounsellor: { username: string; passphrase: string };

beforeAll(async () => {
  kit = createCoreKit();
  const { admin } = await setupOffice(kit);
  users.admin = { username: admin.username, passphrase: admin.passphrase };
  for (const role of ['desk', 'counsellor', 'statistics'] as const) {
    const u = await createUser(kit, role);
    users[role] = { username: u.username, passphrase: u.passphrase };
  }
  const fc = await createUser(kit, 'counsellor');
  freshCounsellor = { username: fc.username, passphrase: fc.passphrase };
  await kit.ok('auth.logout');
  for (const role of ['desk', 'counsellor', 'statistics'] as const) {
    const next = await firstLogin(kit, users[role]!);
    users[role] = { username: users[role]!.username, passphrase: next };
    await kit.ok('auth.logout');
  }
});
afterAll(() => kit.dispose());

const loginAs = (role: Role) => async (k: CoreKit) => {
  await k.call('auth.logout');
  await k.ok('auth.login', users[role]);
};

const situations: Situation[] = [
  {
    label: 'locked, nobody signed in',
    state: 'locked',
    role: null,
    enter: async (k) => void (await k.call('auth.logout')),
  },
  ...(['desk', 'counsellor', 'statistics', 'admin'] as const).map((role) => ({
    label: `unlocked as ${role}`,
    state: 'unlocked' as const,
    role,
    enter: loginAs(role),
  })),
  {
    label: 'counsellor before the forced passphrase change',
    state: 'unlocked',
    role: 'counsellor',
    mustChange: true,
    enter: async (k) => {
      await k.call('auth.logout');
      await k.ok('auth.login', freshCounsellor);
    },
  },
];

describe('role × state matrix', () => {
  it('refuses every channel in a new data folder except those declared for it', async () => {
    const fresh = createCoreKit();
    try {
      for (const channel of CHANNELS) {
        const def = contract[channel];
        const res = await fresh.call(channel, PROBE);
        expect(res.ok, channel).toBe(false);
        if (res.ok) continue;
        if (def.states.includes('uninitialised'))
          expect(res.error.code, channel).toBe('VALIDATION');
        else expect(res.error.code, channel).toBe('NOT_INITIALISED');
      }
    } finally {
      fresh.dispose();
    }
  });

  for (const s of situations) {
    it(`is enforced in core: ${s.label}`, async () => {
      await s.enter(kit);
      expect(kit.core.state()).toBe(s.state);
      for (const channel of CHANNELS) {
        const def = contract[channel];
        const res = await kit.call(channel, PROBE);
        expect(res.ok, channel).toBe(false);
        if (res.ok) continue;
        const code = res.error.code;
        if (!def.states.includes(s.state)) {
          expect(STATE_ERRORS, `${channel}: ${code}`).toContain(code);
        } else if (def.roles !== 'public' && (s.role === null || !def.roles.includes(s.role))) {
          expect(code, channel).toBe(s.role === null ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        } else if (s.mustChange && def.roles !== 'public' && !def.duringPassphraseChange) {
          expect(code, channel).toBe('PASSPHRASE_CHANGE_REQUIRED');
        } else {
          expect(code, channel).toBe('VALIDATION');
        }
      }
    });
  }
});
