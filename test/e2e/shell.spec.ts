import { APP_VERSION } from '../../electron/core/version';
import { expect, test } from './fixtures/core';
import { expectNoSeriousAxeViolations, SCREENSHOTS, seedAdmin } from './support/app';

test('a new data folder opens the setup wizard, not the shell', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await expect(page.getByRole('heading', { level: 1, name: '初始設定' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
});

test('the shell shows app.info in zh-TW and English, and core events reach the page', async ({
  page,
  eap,
}) => {
  // Setup through core signs the administrator in, as the wizard would.
  await seedAdmin(eap.core);
  await page.goto('/#/about');

  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await expect(page.getByRole('heading', { level: 1, name: '系統資訊' })).toBeVisible();
  await expect(page.getByTestId('app-state')).toHaveText('使用中');
  await expect(page.getByTestId('app-version')).toHaveText(APP_VERSION);
  await expect(page.getByTestId('app-data-dir')).toHaveText(eap.dataDir);
  await expect(page.getByText('尚未建立資料庫')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '系統資訊' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: `${SCREENSHOTS}/shell-zh-TW.png`, fullPage: true });
  await expectNoSeriousAxeViolations(page);

  // A db.changed pushed by core is delivered into the page and refetches app.info.
  const before = eap.callCount('app.info');
  await eap.emit('db.changed', { domains: ['app'] });
  await expect.poll(() => eap.callCount('app.info')).toBeGreaterThan(before);
  // …while a change in another domain leaves it alone.
  const afterApp = eap.callCount('app.info');
  await eap.emit('db.changed', { domains: ['cases'] });
  await page.waitForTimeout(200);
  expect(eap.callCount('app.info')).toBe(afterApp);

  // English, switched from the top bar.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'About this system' })).toBeVisible();
  await expect(page.getByTestId('app-state')).toHaveText('In use');
  await expect(page.getByTestId('app-version')).toHaveText(APP_VERSION);
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page).toHaveTitle('About this system — EAP Desk');
  await page.screenshot({ path: `${SCREENSHOTS}/shell-en.png`, fullPage: true });
  await expectNoSeriousAxeViolations(page);

  expect(eap.invocations.every((i) => i.ok)).toBe(true);
});

test('the first Tab reaches the skip link, which moves focus to the page', async ({
  page,
  eap,
}) => {
  await seedAdmin(eap.core);
  await page.goto('/#/about');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到主要內容' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/#\/about$/);
});

test('an error from core is shown translated, never as a bare code', async ({ page, eap }) => {
  eap.stub('app.info', () => ({
    ok: false,
    error: { code: 'DB_DAMAGED', key: 'errors.dbDamaged' },
  }));
  await page.goto('/#/about');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('無法確認系統狀態');
  await expect(alert).toContainText('資料庫檔案無法讀取或已損壞');
  await expect(alert).not.toContainText('DB_DAMAGED');
  await expect(alert.getByRole('button', { name: '重試' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/about-error-zh-TW.png` });
  await expectNoSeriousAxeViolations(page);
});

test('an unknown route keeps the shell and offers the way back', async ({ page, eap }) => {
  await seedAdmin(eap.core);
  await page.goto('/#/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: '找不到這個畫面' })).toBeVisible();
  await page.getByRole('link', { name: '回到首頁' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '首頁' })).toBeVisible();
});
