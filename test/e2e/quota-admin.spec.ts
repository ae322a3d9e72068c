import { formatRocLong } from '../../shared/format/roc-date';
import { expect, test } from './fixtures/core';
import { expectNoSeriousAxeViolations, invoke, screenshotBoth, SCREENSHOTS } from './support/app';
import { isoDay, seedDeskOffice, signIn, signOut } from './support/desk-office';

/*
 * 補助時數與預約規則 (issue #7): the administrator gives civil servants their own rule for this
 * plan year and changes a booking setting; core's refusals (a second catch-all rule, hours off
 * the counting unit, an unknown time zone) appear beside the field and nothing is saved; the
 * desk then books with the new hours left.
 */

test.use({ actionTimeout: 20_000 });

test('the administrator sets a year’s rules and the settings; the desk books with the new hours', async ({
  page,
  eap,
}) => {
  test.setTimeout(120_000);
  const { admin, desk, clients } = await seedDeskOffice(eap.core);
  const client = clients[0]!;
  const year = Number(isoDay(0).slice(0, 4));
  const roc = year - 1911;

  await signIn(page, admin);
  await page.getByRole('navigation').getByRole('link', { name: '補助時數與預約規則' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '補助時數與預約規則' })).toBeVisible();
  await expect(page.getByLabel('年度', { exact: true })).toHaveValue(String(year));
  await expect(page.getByLabel('年度', { exact: true }).locator('option:checked')).toHaveText(
    `民國 ${roc} 年（${year}）`,
  );
  await expect(page.getByTestId('rules-source')).toContainText('縣市預設規則');
  const rules = page.getByTestId('quota-rule');
  await expect(rules).toHaveCount(1);
  await expect(page.getByLabel('規則 1：每年補助時數', { exact: true })).toHaveValue('3');

  // A second rule with no category is a second catch-all: core says so beside its categories.
  await page.getByRole('button', { name: '新增規則' }).click();
  await expect(rules).toHaveCount(2);
  await page.getByLabel('規則 2：每年補助時數', { exact: true }).fill('5.25');
  const save = page.getByRole('button', { name: `儲存 ${roc} 年度規則` });
  await save.click();
  const categories = page.getByRole('group', { name: '規則 2：適用人員類別' });
  await expect(categories).toContainText('每個人員類別只能屬於一條規則');
  // Hours off the counting unit (0.5 h): core says so beside the hours.
  await categories.getByRole('checkbox', { name: '公務人員' }).check();
  await save.click();
  const hours = page.getByLabel('規則 2：每年補助時數', { exact: true });
  await expect(hours).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByTestId('quota-rules').getByText('時數須為計算單位的整數倍。'),
  ).toBeVisible();
  await expect(categories).not.toContainText('每個人員類別只能屬於一條規則');
  // Nothing was saved: the year still runs on the preset.
  expect((await invoke(eap.core, 'quota.rules', { year })).source).toBe('preset');
  await expectNoSeriousAxeViolations(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}/quota-admin-error-zh-TW.png`, fullPage: true });

  await hours.fill('5');
  await save.click();
  await expect(page.getByText(`已儲存 ${roc} 年度的補助時數規則。`)).toBeVisible();
  await expect(page.getByTestId('rules-source')).toContainText('本年度規則');
  const stored = await invoke(eap.core, 'quota.rules', { year });
  expect(stored.source).toBe('year');
  expect(stored.rules).toEqual([
    { categories: [], baseHours: 3, extensionHours: 3, unitHours: 0.5, rounding: 'up' },
    {
      categories: ['civilServant'],
      baseHours: 5,
      extensionHours: 0,
      unitHours: 0.5,
      rounding: 'up',
    },
  ]);

  // Settings: an impossible time is refused before sending, an unknown zone by core.
  const end = page.getByRole('textbox', { name: /上班時間結束/ });
  await end.fill('25:00');
  await page.getByRole('checkbox', { name: '未到計入補助時數' }).uncheck();
  const saveSettings = page.getByRole('button', { name: '儲存預約與計算規則' });
  await saveSettings.click();
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('請輸入 24 小時制的時間，例如 09:30 或 19:00。')).toBeVisible();
  await end.fill('18:00');
  await page.getByRole('textbox', { name: /時區/ }).fill('Mars/Olympus');
  await saveSettings.click();
  await expect(page.getByText('無法辨識的時區，請填例如 Asia/Taipei。')).toBeVisible();
  expect((await invoke(eap.core, 'quota.rules', { year })).settings).toMatchObject({
    timeZone: 'Asia/Taipei',
    workingHoursEnd: '17:30',
    noShowCounts: true,
  });
  await page.getByRole('textbox', { name: /時區/ }).fill('Asia/Taipei');
  await saveSettings.click();
  await expect(page.getByText('已儲存預約與計算規則。')).toBeVisible();
  expect((await invoke(eap.core, 'quota.rules', { year })).settings).toMatchObject({
    workingHoursEnd: '18:00',
    noShowCounts: false,
  });
  await expectNoSeriousAxeViolations(page);
  // From the top: a full-page shot of a scrolled page draws the sticky top bar mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshotBoth(page, 'quota-admin');
  await signOut(page);

  // The desk books tomorrow with the civil servants' new hours.
  const tomorrow = isoDay(1);
  await signIn(page, desk);
  await page.goto(`/#/appointments?date=${tomorrow}`);
  await page.getByRole('button', { name: `預約 ${formatRocLong(tomorrow)} 10:00` }).click();
  const booking = page.getByRole('dialog', { name: '預約晤談' });
  await booking.getByRole('combobox', { name: /服務對象/ }).fill(client.name);
  await page.getByRole('option', { name: new RegExp(client.name) }).click();
  await expect(booking.getByTestId('quota-line')).toContainText(`本年度補助剩餘 5 小時`);
  await booking.getByRole('button', { name: '預約', exact: true }).click();
  await expect(booking.getByTestId('booked-notice')).toContainText('本年度補助剩餘 4 小時');
});
