import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { AppCore } from '../../../electron/core/app-core';
import type { Channel } from '../../../shared/ipc/contract';
import type { InputOf, OutputOf } from '../../../shared/ipc/types';

export const SCREENSHOTS = 'test-results/screenshots';

/** A short random suffix: generated names only, never real people. */
export const uniq = (): string => Math.random().toString(36).slice(2, 7);

export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

/**
 * Screenshots of the current screen in zh-TW and English (`<name>-zh-TW.png`, `<name>-en.png`),
 * switching with the language buttons of the top bar and back to Chinese.
 */
export async function screenshotBoth(page: Page, name: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await page.screenshot({ path: `${SCREENSHOTS}/${name}-zh-TW.png`, fullPage: true });
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: `${SCREENSHOTS}/${name}-en.png`, fullPage: true });
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
}

/** Calls core the way the renderer does; throws with the error code when the call fails. */
export async function invoke<C extends Channel>(
  core: AppCore,
  channel: C,
  input: InputOf<C>,
): Promise<OutputOf<C>> {
  const envelope = await core.dispatch(channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.key}`);
  return envelope.value as OutputOf<C>;
}

export interface Person {
  readonly username: string;
  readonly displayName: string;
  readonly passphrase: string;
}

/** Setup done through core, as the wizard would: the administrator is then signed in. */
export async function seedAdmin(core: AppCore): Promise<Person> {
  const s = uniq();
  const admin = {
    username: `admin-${s}`,
    displayName: `管理員${s}`,
    passphrase: `管理員的長密碼 ${s} 要夠長`,
  };
  const { recoveryCode } = await invoke(core, 'setup.prepare', {});
  await invoke(core, 'setup.initialise', {
    organisation: { name: `測試機關 ${s}`, cityPreset: 'taoyuan' },
    admin,
    recoveryCodeConfirmation: recoveryCode,
  });
  return admin;
}

/** An account made by the signed-in administrator; it must change its passphrase at first use. */
export async function seedAccount(
  core: AppCore,
  role: 'desk' | 'counsellor' | 'statistics' | 'admin',
  prefix: string,
): Promise<Person & { readonly id: string }> {
  const s = uniq();
  const person = {
    username: `${prefix}-${s}`,
    displayName: `測試員${s}`,
    passphrase: `第一次的密碼 ${s} 很長`,
  };
  const { id } = await invoke(core, 'accounts.create', {
    ...person,
    role,
    clinicalSupervisor: false,
  });
  return { ...person, id };
}

/**
 * A client (generated name, passed in) and an open case for them, as the signed-in desk person
 * records it: phone intake, work facet, general risk, no consents yet.
 */
export async function seedCase(
  core: AppCore,
  opts: { name: string; requestedOn: string; deskOwnerId: string; counsellorId?: string },
): Promise<{ clientId: string; caseId: string; caseNumber: string }> {
  const { id: clientId } = await invoke(core, 'clients.create', {
    name: opts.name,
    gender: 'F',
    isManager: false,
    specialGroups: [],
  });
  const { id: caseId, caseNumber } = await invoke(core, 'cases.create', {
    clientId,
    requestedOn: opts.requestedOn,
    channel: 'phone',
    source: 'selfReferral',
    voluntary: true,
    facets: ['work'],
    topics: [],
    issues: [],
    riskLevel: 'general',
    presentingSummary: '',
    deskOwnerId: opts.deskOwnerId,
    ...(opts.counsellorId ? { counsellorId: opts.counsellorId } : {}),
    consents: [],
  });
  return { clientId, caseId, caseNumber };
}
