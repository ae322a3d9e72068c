import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/core';
import {
  expectNoSeriousAxeViolations,
  invoke,
  screenshotBoth,
  seedAccount,
  seedAdmin,
} from './support/app';

const LOCKOUT_MS = 15 * 60_000;

/** '114/03/05 09:15' for an instant, in Taiwan time (UTC+8, no daylight saving). */
function rocDateTime(ms: number): string {
  const d = new Date(ms + 8 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear() - 1911}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

async function signIn(page: Page, username: string, passphrase: string): Promise<void> {
  await page.getByLabel('帳號').fill(username);
  await page.getByLabel('密碼').fill(passphrase);
  await page.getByRole('button', { name: '登入' }).click();
}

test('a wrong passphrase, then five failures: the lockout says until when; the administrator lifts it', async ({
  page,
  eap,
}) => {
  const admin = await seedAdmin(eap.core);
  const desk = await seedAccount(eap.core, 'desk', 'desk');
  await invoke(eap.core, 'auth.logout', {});
  await page.goto('/');

  const error = page.getByTestId('login-error');
  await signIn(page, desk.username, '這不是正確的密碼喔');
  await expect(error).toHaveText('密碼不正確，請確認輸入法狀態與英文大小寫後再試一次。');
  // The field is emptied and focused for the next try; the username stays.
  await expect(page.getByLabel('密碼')).toHaveValue('');
  await expect(page.getByLabel('密碼')).toBeFocused();
  await expect(page.getByLabel('帳號')).toHaveValue(desk.username);
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'login-wrong-passphrase');

  // An unknown name reads exactly like a wrong passphrase: nothing says who has an account.
  await signIn(page, `nobody-${desk.username}`, '這不是正確的密碼喔');
  await expect(error).toHaveText('密碼不正確，請確認輸入法狀態與英文大小寫後再試一次。');

  for (let i = 2; i <= 4; i++) {
    await signIn(page, desk.username, `錯誤的密碼第 ${i} 次嘗試`);
    await expect(error).toContainText('密碼不正確');
  }
  await signIn(page, desk.username, '第五次仍然是錯誤的密碼');
  const until = rocDateTime(eap.clock.now() + LOCKOUT_MS);
  await expect(error).toHaveText(
    `此帳號因連續登入失敗已鎖定至 ${until}。請屆時再試，或請系統管理者解除鎖定。`,
  );
  // Even the right passphrase waits for the lock to end.
  await signIn(page, desk.username, desk.passphrase);
  await expect(error).toContainText(`已鎖定至 ${until}`);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(error).toContainText(`locked until ${until}`);
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await screenshotBoth(page, 'login-locked');

  // The administrator sees the lockout and lifts it.
  await signIn(page, admin.username, admin.passphrase);
  await expect(page.getByRole('heading', { level: 1, name: '首頁' })).toBeVisible();
  await expect(page.getByTestId('accounts-summary')).toContainText('登入鎖定中');
  await page.getByRole('navigation').getByRole('link', { name: '帳號管理' }).click();
  const row = page.getByRole('row', { name: new RegExp(desk.username) });
  await expect(row).toContainText(`鎖定至 ${until}`);
  await row.getByRole('button', { name: `解除鎖定：${desk.displayName}` }).click();
  const dialog = page.getByRole('dialog', { name: `解除「${desk.displayName}」的登入鎖定？` });
  await expect(dialog).toContainText(until);
  await dialog.getByRole('button', { name: '解除鎖定' }).click();
  await expect(page.getByText(`已解除「${desk.displayName}」的登入鎖定。`)).toBeVisible();
  await expect(row).not.toContainText('鎖定至');

  // …and the person signs in, straight to their first-passphrase change.
  await page.getByRole('button', { name: '登出' }).click();
  await signIn(page, desk.username, desk.passphrase);
  await expect(page.getByRole('heading', { level: 1, name: '請設定您自己的密碼' })).toBeVisible();
});

test('the first-passphrase change says beside each field what is wrong', async ({ page, eap }) => {
  await seedAdmin(eap.core);
  const desk = await seedAccount(eap.core, 'desk', 'desk');
  await invoke(eap.core, 'auth.logout', {});
  await page.goto('/');
  await signIn(page, desk.username, desk.passphrase);
  await expect(page.getByRole('heading', { level: 1, name: '請設定您自己的密碼' })).toBeVisible();

  const current = page.getByLabel('目前的密碼');
  const next = page.getByLabel('新密碼（必填）', { exact: true });
  const again = page.getByLabel('再輸入一次新密碼');
  await current.fill('不是原本的那個密碼啦');
  await next.fill('password1234');
  await again.fill('password1234');
  await again.press('Enter');
  // Core's answers, each beside its field: the blocklist and the wrong current passphrase.
  await expect(page.getByText('這個密碼太常見或容易猜到')).toBeVisible();
  await current.fill(desk.passphrase);
  await next.fill('櫃檯人員的新密碼很長很長');
  await again.fill('櫃檯人員的新密碼不一樣');
  await again.press('Enter');
  await expect(page.getByText('兩次輸入的密碼不一致')).toBeVisible();
  await again.fill('櫃檯人員的新密碼很長很長');
  await again.press('Enter');

  // The desk's home, per role.
  await expect(page.getByRole('heading', { level: 1, name: '首頁' })).toBeVisible();
  for (const title of ['今日預約', '逾期追蹤']) {
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  }
  await expect(page.getByTestId('signed-in-person')).toContainText('單一服務窗口');
  // Only what the desk may use: its work areas, none of the administrator's.
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: '首頁' })).toBeVisible();
  for (const adminOnly of ['帳號管理', '稽核紀錄', '系統設定']) {
    await expect(nav.getByRole('link', { name: adminOnly })).toHaveCount(0);
  }
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'home-desk');

  // The top bar's "change passphrase" page.
  await page.getByRole('link', { name: '變更密碼' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '變更密碼' })).toBeVisible();
  await page.getByLabel('目前的密碼').fill('櫃檯人員的新密碼很長很長');
  await page.getByLabel('新密碼（必填）', { exact: true }).fill('再換一次的密碼也很長很長');
  await page.getByLabel('再輸入一次新密碼').fill('再換一次的密碼也很長很長');
  await page.getByRole('button', { name: '變更密碼' }).click();
  await expect(page.getByText('密碼已變更。下次登入請使用新密碼。')).toBeVisible();
  await screenshotBoth(page, 'change-passphrase');
});

test('Ctrl+L locks at once; someone else can sign in from the lock screen and starts at home', async ({
  page,
  eap,
}) => {
  const admin = await seedAdmin(eap.core);
  const statistics = await seedAccount(eap.core, 'statistics', 'stats');
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: '系統設定' })).toBeVisible();

  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { level: 1, name: '畫面已鎖定' })).toBeVisible();
  expect(await page.content()).not.toContain(admin.displayName);
  await expect.poll(() => eap.core.state()).toBe('locked');

  await page.getByRole('button', { name: '以其他帳號登入' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '以其他帳號登入' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'lock-someone-else');
  await signIn(page, statistics.username, statistics.passphrase);
  await page.getByLabel('目前的密碼').fill(statistics.passphrase);
  await page.getByLabel('新密碼（必填）', { exact: true }).fill('統計人員自己的長密碼很長');
  await page.getByLabel('再輸入一次新密碼').fill('統計人員自己的長密碼很長');
  await page.getByLabel('再輸入一次新密碼').press('Enter');

  // Not the administrator's settings page: the statistics reader's own home, with no names.
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('heading', { level: 2, name: '本季重要統計' })).toBeVisible();
  await expect(page.getByTestId('signed-in-person')).toContainText('統計閱覽者');
  await screenshotBoth(page, 'home-statistics');

  // A typed URL to an admin page explains instead of failing.
  await page.goto('/#/accounts');
  await expect(
    page.getByRole('heading', { level: 1, name: '沒有使用這個畫面的權限' }),
  ).toBeVisible();
});
