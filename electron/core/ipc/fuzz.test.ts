import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/contract';
import {
  createCoreKit,
  createUser,
  firstLogin,
  setupOffice,
  type CoreKit,
} from '../testing/core-kit';

/**
 * IPC fuzz (SECURITY.md §9): ≥ 10,000 calls across channels and roles with hostile input.
 * Every call must come back as an envelope (never a throw, never INTERNAL), a refused call must
 * not write (the audit head — every write appends to it in the same transaction — stays put),
 * and Object.prototype must be untouched.
 */
const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'id',
  'text',
  'username',
  'passphrase',
  'formKey',
  'payload',
  'limit',
  'before',
);
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.string({ maxLength: 300 }),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    'NaN',
    '1e309',
    "'; DROP TABLE audit_log; --",
    '../../etc/passwd',
    '臺北市政府',
    '\u0000',
    'x'.repeat(5000),
  ),
  fc.integer(),
  fc.double(),
  fc.uuid(),
);
const hostileInput = fc.oneof(
  fc.dictionary(hostileKey, hostileValue, { maxKeys: 6 }),
  fc.dictionary(fc.string({ maxLength: 12 }), hostileValue, { maxKeys: 6 }),
  hostileValue,
  fc.constant(undefined),
  fc.constant(null),
);
const channelName = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...CHANNELS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

let kit: CoreKit;
let admin: { username: string; passphrase: string };
const others: Record<string, { username: string; passphrase: string }> = {};
beforeAll(async () => {
  kit = createCoreKit();
  const s = await setupOffice(kit);
  admin = { username: s.admin.username, passphrase: s.admin.passphrase };
  for (const role of ['desk', 'statistics'] as const) {
    const u = await createUser(kit, role);
    others[role] = { username: u.username, passphrase: u.passphrase };
  }
  await kit.ok('auth.logout');
  for (const role of ['desk', 'statistics'] as const) {
    others[role]!.passphrase = await firstLogin(kit, others[role]!);
    await kit.ok('auth.logout');
  }
});
afterAll(() => kit.dispose());

async function headSeq(): Promise<number> {
  const res = await kit.ok<{ entries: { seq: number }[] }>('audit.list', { limit: 1 });
  return res.entries[0]?.seq ?? 0;
}

async function ensure(who: { username: string; passphrase: string }, role: string): Promise<void> {
  const s = await kit.ok<{ session: { role: string; username: string } | null }>('auth.session');
  if (s.session?.username === who.username) return;
  await kit.call('auth.logout');
  await kit.ok('auth.login', who);
  expect((await kit.ok<{ session: { role: string } }>('auth.session')).session.role).toBe(role);
}

describe('IPC fuzz', () => {
  it('survives 10,000+ hostile calls across channels and roles with no crash, no partial write, no pollution', async () => {
    const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    let calls = 0;
    const codes = new Map<string, number>();
    for (const [who, role, runs] of [
      [admin, 'admin', 5000],
      [others['desk']!, 'desk', 3000],
      [others['statistics']!, 'statistics', 2200],
    ] as const) {
      await ensure(who, role);
      await fc.assert(
        fc.asyncProperty(channelName, hostileInput, async (channel, input) => {
          await ensure(who, role);
          const before = role === 'admin' ? await headSeq() : 0;
          let res;
          try {
            res = await kit.core.dispatch(channel, input);
          } catch {
            return false; // the dispatcher must never throw
          }
          calls++;
          if (!res.ok) {
            codes.set(res.error.code, (codes.get(res.error.code) ?? 0) + 1);
            if (res.error.code === 'INTERNAL') return false;
            // Logging out or locking is a success; a refusal never writes.
            if (role === 'admin' && kit.core.state() === 'unlocked' && (await headSeq()) !== before)
              return false;
          }
          return true;
        }),
        { numRuns: runs, seed: 20261123 },
      );
    }
    expect(calls).toBeGreaterThanOrEqual(10_000);
    expect(codes.has('INTERNAL')).toBe(false);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    await ensure(admin, 'admin');
    expect(await kit.ok('audit.verify')).toMatchObject({ ok: true });
  }, 300_000);
});
