import { randomInt } from 'node:crypto';
import type { Db } from '../../db/open';
import { openVault } from '../../vault/vault';
import {
  createCoreKit,
  createUser,
  firstLogin,
  setupOffice,
  type CoreKit,
} from '../../testing/core-kit';

/**
 * Test helper for the intake domains (not product code): a real core on a real encrypted
 * database, an office set up with the Keelung preset (so the reference lists are seeded), a desk
 * person and a counsellor past their first login, an agency and a provider. Names are generated.
 */
const HANZI =
  '安柏晨德恩芳冠翰宏華佳家建杰俊凱康樂立霖玲美敏明寧佩琪倩榮瑞珊書淑婷威文香欣信雅彥怡宇玉媛真志宗';

/** '測試' + random characters: never a real person's name. */
export const testName = (n = 2): string =>
  `測試${Array.from({ length: n }, () => HANZI[randomInt(HANZI.length)]).join('')}`;

type User = { id: string; username: string; passphrase: string };

export interface IntakeKit {
  readonly kit: CoreKit;
  readonly admin: User;
  readonly desk: User;
  readonly counsellor: User;
  readonly agencyId: string;
  readonly otherAgencyId: string;
  readonly providerId: string;
  loginAs(who: 'admin' | 'desk' | 'counsellor'): Promise<void>;
  /** Minimal valid cases.create input for a client, overridable field by field. */
  intake(clientId: string, extra?: Record<string, unknown>): Record<string, unknown>;
  newClient(extra?: Record<string, unknown>): Promise<string>;
  /** Signs out, opens the database directly as the desk person, runs fn, signs the desk back in. */
  withDb<T>(fn: (db: Db) => T): Promise<T>;
}

export async function createIntakeKit(start?: number): Promise<IntakeKit> {
  const kit = createCoreKit(start);
  const { admin: a } = await setupOffice(kit, 'keelung');
  const admin: User = { id: a.accountId, username: a.username, passphrase: a.passphrase };
  const { id: agencyId } = await kit.ok<{ id: string }>('agencies.create', {
    code: 'T001',
    name: '測試局',
    kind: 'bureau',
  });
  const { id: otherAgencyId } = await kit.ok<{ id: string }>('agencies.create', {
    code: 'T002',
    name: '測試處',
    kind: 'bureau',
  });
  const { id: providerId } = await kit.ok<{ id: string }>('providers.create', {
    name: '測試諮商中心',
    kind: 'contracted',
  });
  const d = await createUser(kit, 'desk');
  const c = await createUser(kit, 'counsellor');
  await kit.ok('auth.logout');
  const desk = { ...d, passphrase: await firstLogin(kit, d) };
  await kit.ok('auth.logout');
  const counsellor = { ...c, passphrase: await firstLogin(kit, c) };
  const users = { admin, desk, counsellor };
  const loginAs = async (who: keyof typeof users) => {
    await kit.call('auth.logout');
    await kit.ok('auth.login', {
      username: users[who].username,
      passphrase: users[who].passphrase,
    });
  };
  await loginAs('desk');
  return {
    kit,
    admin,
    desk,
    counsellor,
    agencyId,
    otherAgencyId,
    providerId,
    loginAs,
    intake: (clientId, extra = {}) => ({
      clientId,
      requestedOn: '2025-03-04',
      channel: 'phone',
      source: 'selfReferral',
      voluntary: true,
      facets: ['work'],
      riskLevel: 'general',
      deskOwnerId: desk.id,
      ...extra,
    }),
    newClient: async (extra = {}) =>
      (
        await kit.ok<{ id: string }>('clients.create', {
          name: testName(),
          agencyId,
          category: 'civilServant',
          ...extra,
        })
      ).id,
    async withDb(fn) {
      await kit.call('auth.logout');
      const vault = await openVault({
        dataDir: kit.dir,
        clock: kit.clock,
        username: desk.username,
        passphrase: desk.passphrase,
      });
      try {
        return fn(vault.db!);
      } finally {
        vault.close();
        await loginAs('desk');
      }
    },
  };
}
