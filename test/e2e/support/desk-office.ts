import { expect, type Page } from '@playwright/test';
import type { AppCore } from '../../../electron/core/app-core';
import { invoke, seedAccount, seedAdmin, uniq, type Person } from './app';

/*
 * An office ready for booking, set up through core: the administrator (Taoyuan preset: 3 h a
 * year, counted in 0.5 h), a desk person and a counsellor past their first sign-in, one agency
 * and clients with a case each assigned to the counsellor. Generated names only.
 */

export const DAY = 86_400_000;

/**
 * ISO date `days` from now in the office's zone (Asia/Taipei: the browser's in these tests and
 * core's preset), whatever zone the worker runs in — at 02:00 in Taipei it is still yesterday in UTC.
 */
export function isoDay(days: number, from = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Taipei',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(from + days * DAY));
}

/** The instant of a Taipei wall-clock time (Taiwan has no daylight saving: always UTC+8). */
export const taipeiInstant = (isoDate: string, time: string): number =>
  Date.parse(`${isoDate}T${time}:00+08:00`);

const HANZI = '安柏晨德恩芳冠翰宏華佳家建杰俊凱康樂立霖玲美敏明寧佩琪倩榮瑞珊';
const testName = (): string =>
  `測試${Array.from({ length: 2 }, () => HANZI[Math.floor(Math.random() * HANZI.length)]).join('')}${uniq().slice(0, 2)}`;

export interface OfficeClient {
  readonly name: string;
  readonly clientId: string;
  readonly caseId: string;
}

export interface DeskOffice {
  readonly admin: Person;
  readonly desk: Person & { readonly id: string };
  readonly counsellor: Person & { readonly id: string };
  readonly clients: readonly OfficeClient[];
}

/** Ends signed out, so the test signs in through the screen. */
export async function seedDeskOffice(core: AppCore, clientCount = 1): Promise<DeskOffice> {
  const admin = await seedAdmin(core);
  const { id: agencyId } = await invoke(core, 'agencies.create', {
    code: 'T001',
    name: '測試局',
    kind: 'bureau',
  });
  const deskFirst = await seedAccount(core, 'desk', 'desk');
  const counsellorFirst = await seedAccount(core, 'counsellor', 'counsellor');
  await invoke(core, 'auth.logout', {});
  const own = async <P extends Person>(p: P): Promise<P> => {
    const next = `自己的長密碼 ${uniq()} 記得住`;
    await invoke(core, 'auth.login', { username: p.username, passphrase: p.passphrase });
    await invoke(core, 'auth.changePassphrase', { current: p.passphrase, next });
    await invoke(core, 'auth.logout', {});
    return { ...p, passphrase: next };
  };
  const desk = await own(deskFirst);
  const counsellor = await own(counsellorFirst);
  await invoke(core, 'auth.login', { username: desk.username, passphrase: desk.passphrase });
  const clients: OfficeClient[] = [];
  for (let i = 0; i < clientCount; i++) {
    const name = testName();
    const { id: clientId } = await invoke(core, 'clients.create', {
      name,
      agencyId,
      category: 'civilServant',
    });
    const { id: caseId } = await invoke(core, 'cases.create', {
      clientId,
      requestedOn: isoDay(0),
      channel: 'phone',
      source: 'selfReferral',
      voluntary: true,
      facets: ['work'],
      riskLevel: 'general',
      deskOwnerId: desk.id,
      counsellorId: counsellor.id,
    });
    clients.push({ name, clientId, caseId });
  }
  await invoke(core, 'auth.logout', {});
  return { admin, desk, counsellor, clients };
}

export async function signIn(
  page: Page,
  p: Pick<Person, 'username' | 'passphrase'>,
): Promise<void> {
  await page.goto('/');
  await page.getByLabel('帳號').fill(p.username);
  await page.getByLabel('密碼').fill(p.passphrase);
  await page.getByLabel('密碼').press('Enter');
  await expect(page.getByTestId('signed-in-person')).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '登出' }).click();
  await expect(page.getByLabel('帳號')).toBeVisible();
}
