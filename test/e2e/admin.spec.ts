import { expect, test } from './fixtures/core';
import {
  expectNoSeriousAxeViolations,
  invoke,
  screenshotBoth,
  seedAccount,
  seedAdmin,
} from './support/app';

/** ISO date `days` from today, on the core's (the worker's) calendar. */
function isoDay(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
const roc = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${Number(y) - 1911}/${m}/${d}`;
};

test('the audit log: newest first, more by keyset, filters with ROC dates, verification in words', async ({
  page,
  eap,
}) => {
  test.setTimeout(60_000);
  const admin = await seedAdmin(eap.core);
  await seedAccount(eap.core, 'desk', 'desk');
  // Enough entries for a second page: each lock and sign-in is recorded.
  for (let i = 0; i < 30; i++) {
    await invoke(eap.core, 'auth.lock', {});
    await invoke(eap.core, 'auth.login', {
      username: admin.username,
      passphrase: admin.passphrase,
    });
  }
  await page.goto('/#/audit');
  await expect(page.getByRole('heading', { level: 1, name: '稽核紀錄' })).toBeVisible();
  await expect(page.getByText('已載入 50 筆')).toBeVisible();
  const table = page.getByTestId('audit-table');
  const seqs = (await table.locator('tbody tr td:first-child').allInnerTexts()).map(Number);
  expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  await expect(table.locator('tbody tr').first()).toContainText(admin.displayName);
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'audit');

  await page.getByRole('button', { name: '載入更早的紀錄' }).click();
  await expect(page.getByText(/已載入 (\d{2,}) 筆/)).not.toHaveText('已載入 50 筆');
  await expect(page.getByText('已顯示全部符合條件的紀錄。')).toBeVisible();
  const all = (await table.locator('tbody tr td:first-child').allInnerTexts()).map(Number);
  expect(all.at(-1)).toBe(Math.min(...all));
  expect(new Set(all).size).toBe(all.length);
  await expect(table).toContainText('完成初始設定');

  // Filters: an impossible date is refused beside the field, in words.
  const from = page.getByLabel('開始日期');
  await from.fill('114/02/30');
  await page.getByRole('button', { name: '套用篩選' }).click();
  await expect(page.getByText('沒有這一天，請檢查年、月、日')).toBeVisible();
  // A Gregorian date is accepted and shown back in the ROC calendar.
  await from.fill(isoDay(-1));
  await from.blur();
  await expect(from).toHaveValue(roc(isoDay(-1)));
  await page.getByLabel('結束日期').fill(roc(isoDay(1)));
  await page.getByLabel('動作').fill('setup.completed');
  await page.getByRole('button', { name: '套用篩選' }).click();
  await expect(page.getByText('已載入 1 筆')).toBeVisible();
  await expect(table).toContainText('完成初始設定');
  await page.getByLabel('開始日期').fill(roc(isoDay(2)));
  await page.getByLabel('結束日期').fill('');
  await page.getByRole('button', { name: '套用篩選' }).click();
  await expect(page.getByText('沒有符合條件的紀錄')).toBeVisible();
  await page.getByRole('button', { name: '清除' }).click();
  await expect(page.getByText('沒有符合條件的紀錄')).toBeHidden();
  await expect(page.getByLabel('開始日期')).toHaveValue('');
  await page
    .getByLabel('人員')
    .selectOption({ label: `${admin.displayName}（${admin.username}）` });
  await page.getByRole('button', { name: '套用篩選' }).click();
  await expect(table.locator('tbody tr').first()).toContainText(admin.displayName);

  // Verification, in words.
  await page.getByRole('button', { name: '驗證稽核紀錄' }).click();
  await expect(page.getByTestId('audit-verify-result')).toContainText(
    /稽核紀錄完整：已檢查 \d+ 筆，沒有發現問題。/,
  );
  await screenshotBoth(page, 'audit-verified');
});

test('settings: idle lock minutes checked beside the field, saved, and used by core', async ({
  page,
  eap,
}) => {
  await seedAdmin(eap.core);
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: '系統設定' })).toBeVisible();
  await expect(page.getByText('桃園市')).toBeVisible();
  await expect(page.getByLabel('服務方式')).toHaveValue('mixed');
  await screenshotBoth(page, 'settings');

  const idle = page.getByLabel('閒置自動鎖定（分鐘）');
  await idle.fill('0');
  await page.getByRole('button', { name: '儲存設定' }).click();
  await expect(page.getByText('請輸入不小於 1 的數值。')).toBeVisible();
  await idle.fill('61');
  await page.getByRole('button', { name: '儲存設定' }).click();
  await expect(page.getByText('請輸入不大於 60 的數值。')).toBeVisible();
  await idle.fill('5');
  await page.getByLabel('請假方式').selectOption({ label: '公假' });
  await page.getByRole('button', { name: '儲存設定' }).click();
  await expect(page.getByText('設定已儲存。')).toBeVisible();
  // All that typing told core "someone is here" once: activity is reported at most every 30 s.
  expect(eap.callCount('auth.activity')).toBe(1);
  expect((await invoke(eap.core, 'auth.session', {})).idleLockMinutes).toBe(5);
  expect((await invoke(eap.core, 'settings.get', {})).leaveType).toBe('officialLeave');
  await expectNoSeriousAxeViolations(page);

  // Six quiet minutes now lock the screen.
  eap.clock.advance(6 * 60_000);
  expect(eap.core.checkIdle()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: '畫面已鎖定' })).toBeVisible();
});

test('account actions: reset warns about clinical access, disable and enable, admin home and about', async ({
  page,
  eap,
}) => {
  const admin = await seedAdmin(eap.core);
  const counsellor = await seedAccount(eap.core, 'counsellor', 'counsellor');
  const desk = await seedAccount(eap.core, 'desk', 'desk');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '首頁' })).toBeVisible();
  const summary = page.getByTestId('accounts-summary');
  await expect(summary).toContainText('使用中3');
  await expect(summary).toContainText('尚未變更初始密碼2');
  await expect(page.getByRole('heading', { level: 2, name: '備份狀態' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'home-admin');

  await page.getByRole('link', { name: '前往帳號管理' }).click();
  await expect(page.getByText('共 3 個帳號')).toBeVisible();
  // Sorting by a header, announced with aria-sort.
  const nameHeader = page.getByRole('columnheader', { name: /姓名/ });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  // The administrator's own row offers neither disable nor reset (the top bar has "change").
  const own = page.getByRole('row', { name: new RegExp(admin.username) });
  await expect(own.getByRole('button')).toHaveCount(0);

  const row = page.getByRole('row', { name: new RegExp(counsellor.username) });
  await row.getByRole('button', { name: `重設密碼：${counsellor.displayName}` }).click();
  const reset = page.getByRole('dialog', { name: `重設「${counsellor.displayName}」的密碼` });
  await expect(reset.getByTestId('reset-clinical-warning')).toContainText('臨床資料存取會暫停');
  await reset.getByLabel('初始密碼').fill('短');
  await reset.getByLabel('初始密碼').press('Enter');
  await expect(reset).toContainText('密碼至少需要 12 個字');
  // Esc with something typed asks first.
  await page.keyboard.press('Escape');
  const discard = page.getByRole('dialog', { name: '放棄輸入的內容？' });
  await discard.getByRole('button', { name: '繼續編輯' }).click();
  await reset.getByLabel('顯示密碼').check();
  await reset.getByLabel('初始密碼').fill('重設後的新初始密碼真的很長');
  await expect(reset.getByLabel('初始密碼')).toHaveAttribute('type', 'text');
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/accounts-reset-zh-TW.png' });
  await reset.getByRole('button', { name: '重設密碼' }).click();
  await expect(page.getByText(`已重設「${counsellor.displayName}」的密碼。`)).toBeVisible();

  const deskRow = page.getByRole('row', { name: new RegExp(desk.username) });
  await deskRow.getByRole('button', { name: `停用：${desk.displayName}` }).click();
  const disable = page.getByRole('dialog', { name: `停用「${desk.displayName}」的帳號？` });
  // The safe choice has focus: Enter on a reflex does not disable anyone.
  await expect(disable.getByRole('button', { name: '取消' })).toBeFocused();
  await disable.getByRole('button', { name: '停用帳號' }).click();
  await expect(deskRow).toContainText('已停用');
  await deskRow.getByRole('button', { name: `重新啟用：${desk.displayName}` }).click();
  const enable = page.getByRole('dialog', { name: `重新啟用「${desk.displayName}」的帳號` });
  await enable.getByLabel('初始密碼').fill('重新啟用後的初始密碼很長很長');
  await enable.getByRole('button', { name: '重新啟用' }).click();
  await expect(deskRow).toContainText('使用中');
  await expect(deskRow).toContainText('須變更初始密碼');

  // English create dialog (the Chinese one is in the first-start story).
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('button', { name: 'New account' }).click();
  await page
    .getByRole('dialog', { name: 'New account' })
    .getByLabel('Role')
    .selectOption({ label: 'Counsellor' });
  await page.screenshot({ path: 'test-results/screenshots/accounts-create-en.png' });
  await page.keyboard.press('Escape');
  await page
    .getByRole('dialog', { name: 'Discard what you typed?' })
    .getByRole('button', { name: 'Discard' })
    .click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: '中文', exact: true }).click();

  // System information stays reachable for the administrator.
  await page.getByRole('navigation').getByRole('link', { name: '系統資訊' }).click();
  await expect(page.getByTestId('app-state')).toHaveText('使用中');
});
