import { randomBytes } from 'node:crypto';
import type { Dispatch } from '../ipc/dispatch';
import { AppError } from '../errors';
import { syntheticName } from './names';
import type { SeedStaff } from './plan-cases';
import type { Rng } from './prng';

/**
 * The staff the synthetic cases are assigned to are REAL accounts, made through the same
 * `accounts.create` channel an administrator uses (key-file slots, DBK wrapped to each, the
 * account row, an audit entry), because desk owners and counsellors are foreign keys to
 * accounts and the app must behave with them exactly as with people. Each gets a random
 * passphrase that is never shown or stored anywhere: the accounts cannot be signed in to, which
 * is what demo and bench data want (an administrator can reset one in the app if needed).
 * The caller must be signed in as an administrator on `dispatch`.
 */
export interface StaffCounts {
  readonly desk: number;
  readonly counsellors: number;
}

export async function createSeedStaff(
  dispatch: Dispatch,
  rng: Rng,
  counts: StaffCounts,
): Promise<SeedStaff> {
  // A random tag keeps usernames unique when seeding the same office twice (--force).
  const tag = randomBytes(2).toString('hex');
  const make = async (role: 'desk' | 'counsellor', n: number): Promise<string> => {
    const res = await dispatch('accounts.create', {
      username: `seed-${role}-${tag}-${n}`,
      displayName: syntheticName(rng, rng.chance(0.7) ? 'F' : 'M'),
      role,
      clinicalSupervisor: false,
      passphrase: randomBytes(24).toString('base64url'),
    });
    if (!res.ok) {
      const e = res.error;
      throw new AppError(e.code, {
        key: e.key,
        ...(e.params ? { params: e.params } : {}),
        ...(e.issues ? { issues: e.issues } : {}),
      });
    }
    return (res.value as { id: string }).id;
  };
  const desk: string[] = [];
  const counsellors: string[] = [];
  for (let i = 1; i <= counts.desk; i++) desk.push(await make('desk', i));
  for (let i = 1; i <= counts.counsellors; i++) counsellors.push(await make('counsellor', i));
  return { desk, counsellors };
}
