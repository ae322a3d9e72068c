import type { Locator, Page } from '@playwright/test';
import type { AppCore } from '../../electron/core/app-core';
import { expect, test } from './fixtures/core';
import {
  expectNoSeriousAxeViolations,
  invoke,
  SCREENSHOTS,
  screenshotBoth,
  seedAccount,
  seedAdmin,
  uniq,
  type Person,
} from './support/app';

/*
 * Issue #5 in the browser: the quick contact, finding and registering a client, intake by
 * keyboard, the case page, reference data and the agency CSV import — against the real core.
 *
 * "Today" is the office's day (Asia/Taipei, the preset's time zone), for core and for the forms
 * alike, whatever zone the PC's clock is in.
 */
const pad = (n: number) => String(n).padStart(2, '0');
const [y, m, d] = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Taipei',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})
  .format(new Date())
  .split('-')
  .map(Number) as [number, number, number];
const rocYear = y - 1911;
const rocToday = `${rocYear}/${pad(m)}/${pad(d)}`;

interface Office {
  readonly admin: Person;
  readonly desk: Person & { readonly id: string; readonly own: string };
  readonly agencies: { readonly city: string; readonly social: string; readonly labour: string };
}

/**
 * An office with a small agency tree, a provider, and a desk person who has replaced the first
 * passphrase and is signed in (as after a first login).
 */
async function seedOffice(core: AppCore): Promise<Office> {
  const admin = await seedAdmin(core);
  const s = uniq();
  const { id: city } = await invoke(core, 'agencies.create', {
    code: `C${s}`,
    name: '測試市政府',
    kind: 'government',
  });
  const { id: social } = await invoke(core, 'agencies.create', {
    code: `S${s}`,
    name: '社會局',
    kind: 'bureau',
    parentId: city,
  });
  const { id: labour } = await invoke(core, 'agencies.create', {
    code: `L${s}`,
    name: '勞動局',
    kind: 'bureau',
    parentId: city,
  });
  await invoke(core, 'providers.create', { name: `測試諮商所${s}`, kind: 'contracted' });
  const desk = await seedAccount(core, 'desk', 'desk');
  const own = `櫃檯人員自己的長密碼 ${s}`;
  await signInAs(core, desk, own);
  return { admin, desk: { ...desk, own }, agencies: { city, social, labour } };
}

/** Signs `person` in through core (replacing a first passphrase when one is given). */
async function signInAs(core: AppCore, person: Person, newPassphrase?: string): Promise<void> {
  await invoke(core, 'auth.logout', {});
  await invoke(core, 'auth.login', { username: person.username, passphrase: person.passphrase });
  if (newPassphrase)
    await invoke(core, 'auth.changePassphrase', {
      current: person.passphrase,
      next: newPassphrase,
    });
}

/** Keyboard only: Tab (or Shift+Tab) until `target` has focus; reading order decides how many. */
async function tabTo(
  page: Page,
  target: Locator,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
  max = 60,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** Screenshots from the top of the page (the sticky top bar would otherwise sit mid-picture). */
async function shots(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshotBoth(page, name);
}

/** screenshotBoth without the mouse: the language buttons of the top bar, reached by Shift+Tab. */
async function screenshotBothByKeyboard(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}/${name}-zh-TW.png`, fullPage: true });
  await tabTo(page, page.getByRole('button', { name: 'English', exact: true }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: `${SCREENSHOTS}/${name}-en.png`, fullPage: true });
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: '中文', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
}

/** One Tab moves to `target`: the next field in reading order. */
async function nextIs(page: Page, target: Locator): Promise<void> {
  await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

test('a hotline call is recorded anonymously in a few keystrokes', async ({ page, eap }) => {
  await seedOffice(eap.core);
  await page.goto('/#/contacts/new');
  await expect(page.getByRole('heading', { level: 1, name: '新增諮詢紀錄' })).toBeVisible();
  const form = page.getByTestId('contact-form');
  // Channel 電話 and today are already there; the service item has focus.
  await expect(form.getByRole('combobox', { name: /服務管道/ })).toHaveValue('電話');
  await expect(form.getByLabel(/諮詢日期/)).toHaveValue(rocToday);
  const item = form.getByRole('combobox', { name: /服務項目/ });
  await expect(item).toBeFocused();

  // 法律 → 法律諮詢 (Enter picks), then Enter again saves.
  await page.keyboard.type('法律');
  await expect(page.getByRole('option', { name: '法律諮詢' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(item).toHaveValue('法律諮詢');
  await page.keyboard.press('Enter');
  const saved = page.getByTestId('contact-saved');
  await expect(saved).toContainText('已儲存諮詢紀錄。');
  await expect(saved.getByRole('button', { name: '再記錄一筆' })).toBeFocused();
  await expect(saved.getByRole('link', { name: '將這筆諮詢轉為個案' })).toBeVisible();

  const recent = page.getByTestId('recent-contacts');
  await expect(recent.locator('tbody tr')).toHaveCount(1);
  const row = recent.locator('tbody tr').first();
  await expect(row).toContainText('電話');
  await expect(row).toContainText('法律諮詢');
  await expect(row).toContainText('匿名');
  await expect(row).toContainText(rocToday);

  // Nothing personal was asked for or stored.
  const { contacts } = await invoke(eap.core, 'contacts.list', {});
  expect(contacts).toHaveLength(1);
  expect(contacts[0]).toMatchObject({
    clientId: null,
    clientName: null,
    agencyId: null,
    category: null,
    gender: 'U',
    isManager: null,
    note: '',
    channel: 'phone',
    serviceItem: 'legal',
  });
  expect(eap.invocations.filter((i) => i.channel.startsWith('clients.'))).toEqual([]);

  // Record another: the form again, focus at the top; the screen as the desk sees it.
  await page.keyboard.press('Enter');
  await expect(item).toBeFocused();
  await expect(item).toHaveValue('');
  await expectNoSeriousAxeViolations(page);
  await shots(page, 'contact-form');
  expect(eap.invocations.every((i) => i.ok)).toBe(true);
});

test('a walk-in is registered, a duplicate is caught, and a case is opened by keyboard alone', async ({
  page,
  eap,
}) => {
  test.setTimeout(90_000);
  await seedOffice(eap.core);
  const name = `測試${uniq()}`;

  // --- Registration, by keyboard -----------------------------------------------------------
  await page.goto('/#/clients/new');
  await expect(page.getByRole('heading', { level: 1, name: '登錄服務對象' })).toBeVisible();
  const register = page.getByTestId('register-client-form');
  await expect(register.getByLabel(/姓名/)).toBeFocused();
  await expect(register.getByText(/身分證字號/)).toBeVisible();
  await expect(register.getByLabel(/身分證/)).toHaveCount(0);
  await page.keyboard.type(name);
  await nextIs(page, register.getByRole('combobox', { name: '服務機關' }));
  await page.keyboard.type('社會');
  await expect(page.getByRole('option', { name: /社會局/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await nextIs(page, register.getByRole('combobox', { name: '人員類別' }));
  await page.keyboard.type('公務');
  await page.keyboard.press('Enter');
  await nextIs(page, register.getByLabel('性別'));
  await nextIs(page, register.getByLabel('出生年'));
  await page.keyboard.type('74');
  await nextIs(page, register.getByLabel('擔任主管職務'));
  await nextIs(page, register.getByLabel('聯絡電話'));
  await page.keyboard.type('02-2720-8889#1234');
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('client-name')).toHaveText(name);
  const facts = page.getByTestId('client-facts');
  await expect(facts).toContainText('社會局');
  await expect(facts).toContainText('公務人員');
  await expect(facts).toContainText('民國74年（1985）');

  // --- Intake, by keyboard ------------------------------------------------------------------
  await tabTo(page, page.getByRole('main').getByRole('link', { name: '開案' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '開案' })).toBeVisible();
  const intake = page.getByTestId('intake-form');
  await expect(intake.getByRole('combobox', { name: /服務對象/ })).toHaveValue(name);

  const requestedOn = intake.getByLabel(/申請日期/);
  await tabTo(page, requestedOn);
  await expect(requestedOn).toHaveValue(rocToday);
  await nextIs(page, intake.getByRole('combobox', { name: /服務管道/ }));
  await page.keyboard.type('臨櫃');
  await page.keyboard.press('Enter');
  await nextIs(page, intake.getByRole('combobox', { name: /個案來源/ }));
  await page.keyboard.type('自行');
  await page.keyboard.press('Enter');
  await nextIs(page, intake.getByRole('radio', { name: '自願', exact: true }));
  await nextIs(page, intake.getByRole('combobox', { name: /服務項目/ }));
  await page.keyboard.type('心理');
  await page.keyboard.press('Enter');
  await nextIs(page, intake.getByRole('checkbox', { name: '工作面' }));
  await page.keyboard.press('Space');
  await nextIs(page, intake.getByRole('checkbox', { name: '工作適應' }));
  await page.keyboard.press('Space');
  await tabTo(page, intake.getByRole('checkbox', { name: '工作壓力' }));
  await page.keyboard.press('Space');
  await tabTo(page, intake.getByRole('radio', { name: '一般' }));
  await page.keyboard.press('ArrowRight');
  await expect(intake.getByRole('radio', { name: '關懷' })).toBeChecked();
  await nextIs(page, intake.getByRole('checkbox', { name: /已告知服務內容/ }));
  await page.keyboard.press('Space');
  // The summary stays closed until service consent is given.
  await expect(intake.getByLabel('主訴摘要')).toBeDisabled();
  await nextIs(page, intake.getByRole('radio', { name: '尚未取得' }));
  await page.keyboard.press('ArrowRight');
  await expect(intake.getByRole('radio', { name: '書面同意' })).toBeChecked();
  await nextIs(page, intake.getByLabel(/同意書編號/));
  await page.keyboard.type(`${rocYear}-0001`);
  await nextIs(page, intake.getByLabel(/同意日期/));
  await nextIs(page, intake.getByLabel('有效期限'));
  await nextIs(page, intake.getByLabel('同意範圍'));
  await page.keyboard.type('個別諮商');
  await nextIs(page, intake.getByLabel('主訴摘要'));
  await page.keyboard.type('工作量增加，睡眠不佳。');
  await nextIs(page, intake.getByRole('combobox', { name: /承辦人/ }));
  await tabTo(page, intake.getByRole('button', { name: '開案' }));
  await page.keyboard.press('Enter');

  // --- The case page: the number, the consent ------------------------------------------------
  const number = `${rocYear}-000001`;
  await expect(page.getByTestId('case-created')).toHaveText(`已開案，案號 ${number}。`);
  await expect(page.getByTestId('case-number')).toHaveText(number);
  expect(number).toMatch(/^\d{3}-\d{6}$/);
  const header = page.getByTestId('case-header');
  await expect(header).toContainText(name);
  await expect(header).toContainText('受理中');
  await expect(header).toContainText('關懷');
  await expect(page.getByTestId('consent-state')).toContainText('已告知');
  await expect(page.getByTestId('consent-state')).toContainText('服務同意：已同意');
  const consents = page.getByTestId('consent-table');
  await expect(consents.getByRole('row', { name: /服務同意/ })).toContainText(
    `（編號 ${rocYear}-0001）`,
  );
  await expect(consents.getByRole('row', { name: /知情同意/ })).toBeVisible();
  await expect(page.getByTestId('case-summary')).toHaveText('工作量增加，睡眠不佳。');
  await expect(page.getByTestId('case-needs')).toContainText('工作適應');
  expect(eap.callCount('drafts.discard')).toBeGreaterThan(0);
  expect((await invoke(eap.core, 'drafts.get', { formKey: 'cases.intake' })).payload).toBeNull();

  // --- A second registration of the same name at the same agency is caught ------------------
  await page.goto('/#/clients/new');
  await expect(register.getByLabel(/姓名/)).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type('社會');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const warning = page.getByTestId('duplicate-warning');
  await expect(warning).toContainText('可能已經登錄過這個人');
  await expect(warning).toContainText(name);
  await expect(warning).toContainText('同機關同姓名');
  await expect(warning).toContainText('進行中個案 1 件');
  await expect(warning.getByRole('heading')).toBeFocused();
  await expectNoSeriousAxeViolations(page);
  await screenshotBothByKeyboard(page, 'client-register-duplicate');
  await tabTo(page, warning.getByRole('button', { name: `使用這位：${name}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('client-name')).toHaveText(name);
  await expect(page.getByTestId('client-cases')).toContainText(number);
  expect((await invoke(eap.core, 'clients.search', { q: name })).clients).toHaveLength(1);
});

test('intake form and case page: drafts survive a lock, consent and status change', async ({
  page,
  eap,
}) => {
  test.setTimeout(90_000);
  const office = await seedOffice(eap.core);
  const name = `測試${uniq()}`;
  const { id: clientId } = await invoke(eap.core, 'clients.create', {
    name,
    agencyId: office.agencies.labour,
    birthYear: 1990,
  });
  await page.goto(`/#/cases/new?client=${clientId}`);
  const intake = page.getByTestId('intake-form');
  await expect(intake.getByRole('combobox', { name: /服務對象/ })).toHaveValue(name);
  await intake.getByRole('combobox', { name: /服務管道/ }).fill('電話');
  await page.keyboard.press('Enter');
  await intake.getByRole('combobox', { name: /個案來源/ }).fill('主管');
  await page.keyboard.press('Enter');
  // A supervisor's referral offers the "attendance only" consent.
  await expect(intake.getByTestId('manager-attendance')).toBeVisible();
  await intake.getByRole('checkbox', { name: '生活面' }).check();
  await intake.getByRole('checkbox', { name: '婚姻與家庭' }).check();
  await intake.getByRole('radio', { name: '口頭同意' }).check();
  await expect(intake.getByLabel('主訴摘要')).toBeEnabled();
  await intake.getByLabel('主訴摘要').fill('家庭照顧壓力。');

  // Drafts: saved while typing, kept through a lock, offered back after unlocking.
  await expect.poll(() => eap.callCount('drafts.save')).toBeGreaterThan(0);
  await page.getByRole('button', { name: '鎖定' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '畫面已鎖定' })).toBeVisible();
  await page.getByLabel('密碼').fill(office.desk.own);
  await page.getByLabel('密碼').press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: '有尚未完成的開案表單' })).toBeVisible();
  await expect(page.getByText(`服務對象：${name}。`)).toBeVisible();
  await page.getByRole('button', { name: '繼續上次未完成的表單' }).click();
  await expect(intake.getByLabel('主訴摘要')).toHaveValue('家庭照顧壓力。');
  await expect(intake.getByRole('radio', { name: '口頭同意' })).toBeChecked();

  // Said beside the field before anything is sent: an oral consent needs its witness.
  await intake.getByRole('button', { name: '開案' }).click();
  await expect(intake.getByText('口頭同意請填寫在場見證人。')).toBeVisible();
  await intake.getByLabel(/在場見證人/).fill('測試見證人');
  await intake.getByRole('checkbox', { name: /是否出席/ }).check();
  await expectNoSeriousAxeViolations(page);
  await shots(page, 'intake-form');
  await intake.getByRole('button', { name: '開案' }).click();

  await expect(page.getByTestId('case-number')).toHaveText(`${rocYear}-000001`);
  await expect(page.getByTestId('consent-state')).toContainText('可告知轉介主管出席情形');

  // Status: start service, then close with a reason.
  const header = page.getByTestId('case-header');
  await header.getByRole('button', { name: '開始服務' }).click();
  await page
    .getByRole('dialog', { name: '開始服務' })
    .getByRole('button', { name: '開始服務' })
    .click();
  await expect(header).toContainText('服務中');
  await expect(page.getByTestId('status-history').locator('tbody tr')).toHaveCount(2);

  // Withdraw the manager-attendance consent; the ledger keeps it, marked.
  const ledger = page.getByTestId('consent-table');
  await ledger
    .getByRole('row', { name: /告知轉介主管出席情形/ })
    .getByRole('button', { name: /撤回/ })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: '撤回同意' }).click();
  await expect(ledger.getByRole('row', { name: /告知轉介主管出席情形/ })).toContainText('撤回');
  await expect(page.getByTestId('consent-state')).not.toContainText('可告知轉介主管出席情形');
  await expectNoSeriousAxeViolations(page);
  await shots(page, 'case-page');

  await header.getByRole('button', { name: '結案' }).click();
  const close = page.getByRole('dialog', { name: '結案' });
  await close.getByRole('button', { name: '結案' }).click();
  await expect(close.getByText('結案時請選擇結案原因。')).toBeVisible();
  await close.getByRole('combobox', { name: /結案原因/ }).fill('目標');
  await page.keyboard.press('Enter');
  await close.getByLabel('結案摘要').fill('晤談 3 次後結案。');
  await close.getByRole('button', { name: '結案' }).click();
  await expect(header).toContainText('已結案');
  await expect(header.getByRole('button', { name: '重新開案' })).toBeVisible();
  await expect(header.getByRole('button', { name: '修改開案資料' })).toHaveCount(0);
});

test('reference data: a deactivated value leaves the pick-lists; the CSV dry run names a bad line', async ({
  page,
  eap,
}) => {
  test.setTimeout(90_000);
  const office = await seedOffice(eap.core);
  // The desk uses 法律諮詢 once, so it is in use and can only be deactivated.
  await invoke(eap.core, 'contacts.create', {
    occurredOn: isoToday(),
    channel: 'phone',
    serviceItem: 'legal',
  });
  await signInAs(eap.core, office.admin);

  await page.goto('/#/admin/reference');
  await expect(page.getByRole('heading', { level: 1, name: '參考資料' })).toBeVisible();
  await expect(page.getByRole('button', { name: '服務項目' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const table = page.getByTestId('ref-table');
  const legal = table.getByRole('row', { name: /法律諮詢/ });
  await expect(legal).toContainText('已有紀錄使用');
  await expect(legal.getByRole('button', { name: '刪除：法律諮詢' })).toHaveCount(0);
  await legal.getByRole('button', { name: '停用：法律諮詢' }).click();
  await expect(page.getByText('已停用選項：新紀錄不能再選，舊紀錄仍會顯示。')).toBeVisible();
  await expect(legal).toContainText('已停用');
  // An unused value can be deleted.
  const other = table.getByRole('row', { name: /其他/ });
  await expect(other.getByRole('button', { name: '刪除：其他' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await shots(page, 'reference-admin');

  // --- Agencies: the tree, and a CSV import checked before it writes ------------------------
  await page.getByRole('navigation').getByRole('link', { name: '機關學校' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '機關學校' })).toBeVisible();
  const tree = page.getByTestId('agency-tree');
  await expect(tree.locator('tbody tr')).toHaveCount(3);
  await page.getByRole('button', { name: '匯入 CSV' }).click();
  const panel = page.getByTestId('agency-import');
  // A Big5 file (Excel on Traditional Chinese Windows): 社會局 = AA C0 B7 7C A7 BD.
  const big5 = Buffer.concat([
    Buffer.from('code,name,parent_code,kind,year,headcount\nT100,'),
    Buffer.from([0xaa, 0xc0, 0xb7, 0x7c, 0xa7, 0xbd]),
    Buffer.from(',,bureau,114,320\n,X,,bureau,114,10\nT102,Y,,nonsense,114,5\n'),
  ]);
  await panel.getByLabel(/CSV 檔案/).setInputFiles({
    name: 'agencies-big5.csv',
    mimeType: 'text/csv',
    buffer: big5,
  });
  await expect(panel.getByTestId('import-file')).toContainText('Big5');
  const errors = panel.getByTestId('import-errors');
  await expect(errors).toContainText('第 3 行：機關代碼空白或格式不正確。');
  await expect(errors).toContainText('第 4 行：類型不正確');
  await expect(panel.getByTestId('import-preview')).toContainText('社會局');
  await expect(panel.getByRole('button', { name: '匯入', exact: true })).toBeDisabled();
  await expectNoSeriousAxeViolations(page);
  await shots(page, 'agency-import');

  // A corrected file (UTF-8 with BOM, zh headers) imports.
  await panel.getByLabel(/CSV 檔案/).setInputFiles({
    name: 'agencies.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `\uFEFF機關代碼,機關名稱,上級機關代碼,類型,年度,員額\nT100,測試文化局,,局處,${rocYear},120\nT101,測試國小,T100,學校,${rocYear},45\n`,
    ),
  });
  await expect(panel.getByText('檢查完成，沒有發現問題，可以匯入。')).toBeVisible();
  await panel.getByRole('button', { name: '匯入', exact: true }).click();
  await expect(panel.getByTestId('import-done')).toContainText('新增 2 個機關');
  await expect(tree.locator('tbody tr')).toHaveCount(5);
  await expect(tree.getByRole('row', { name: /測試國小/ })).toContainText('45');
  await page.getByRole('button', { name: '關閉' }).click();
  await shots(page, 'agencies-admin');

  // --- The desk no longer finds 法律諮詢, yet the old contact still shows it -----------------
  await signInAs(eap.core, { ...office.desk, passphrase: office.desk.own });
  await page.goto('/#/contacts/new');
  await page.reload();
  const item = page.getByTestId('contact-form').getByRole('combobox', { name: /服務項目/ });
  await expect(item).toBeFocused();
  await page.keyboard.type('法律');
  await expect(page.getByText('沒有符合的選項，請換個關鍵字。')).toBeVisible();
  await expect(page.getByRole('option', { name: '法律諮詢' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('recent-contacts').locator('tbody tr').first()).toContainText(
    '法律諮詢',
  );
});

test('a contact becomes a case, and a duplicate client record is merged', async ({ page, eap }) => {
  test.setTimeout(90_000);
  const office = await seedOffice(eap.core);
  const name = `測試${uniq()}`;
  const twin = { name, agencyId: office.agencies.social, phone: '0912-345-678' };
  const { id: keep } = await invoke(eap.core, 'clients.create', twin);
  const { id: other } = await invoke(eap.core, 'clients.create', { ...twin, phone: null });
  const { id: contactId } = await invoke(eap.core, 'contacts.create', {
    occurredOn: isoToday(),
    channel: 'phone',
    facet: 'health',
    serviceItem: 'counselling',
    clientId: other,
  });

  // The contact's date, channel, facet, service item and client come along.
  await page.goto('/#/contacts/new');
  await page
    .getByTestId('recent-contacts')
    .getByRole('link', { name: /轉為個案/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`contact=${contactId}`));
  await expect(page.getByText(/的諮詢紀錄轉為個案/)).toBeVisible();
  const intake = page.getByTestId('intake-form');
  await expect(intake.getByTestId('intake-client-fixed')).toContainText(name);
  await expect(intake.getByRole('combobox', { name: /服務管道/ })).toHaveValue('電話');
  await expect(intake.getByRole('combobox', { name: /服務項目/ })).toHaveValue('心理諮商');
  await expect(intake.getByRole('checkbox', { name: '健康面' })).toBeChecked();
  await intake.getByRole('combobox', { name: /個案來源/ }).fill('同事');
  await page.keyboard.press('Enter');
  await intake.getByRole('button', { name: '開案' }).click();
  await expect(page.getByTestId('case-number')).toHaveText(`${rocYear}-000001`);
  await expect(page.getByTestId('case-contacts')).toContainText('心理諮商');

  // Merge: the record with the phone is kept; the other's case and contact move to it.
  await page.goto(`/#/clients/${keep}`);
  await page.getByRole('button', { name: '合併重複資料' }).click();
  const dialog = page.getByRole('dialog', { name: '合併重複的服務對象資料' });
  await dialog.getByRole('radio', { name: new RegExp(name) }).check();
  await dialog.getByRole('button', { name: '下一步' }).click();
  const confirm = page.getByRole('dialog', { name: `將「${name}」併入「${name}」？` });
  await expect(confirm).toContainText('所有個案與諮詢紀錄會移到');
  await expect(confirm).toContainText('不會再出現在任何查詢結果中');
  await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
  await confirm.getByRole('button', { name: '確定合併' }).click();
  await expect(page.getByText(`已將「${name}」併入這筆資料。`)).toBeVisible();
  await expect(page.getByTestId('client-cases')).toContainText(`${rocYear}-000001`);
  const found = await invoke(eap.core, 'clients.search', { q: name });
  expect(found.clients.map((c) => c.id)).toEqual([keep]);
  // The merged record's page leads to the kept one.
  await page.goto(`/#/clients/${other}`);
  await expect(page).toHaveURL(new RegExp(`clients/${keep}$`));
});

function isoToday(): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}
