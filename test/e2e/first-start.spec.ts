import { expect, test } from './fixtures/core';
import { expectNoSeriousAxeViolations, screenshotBoth, uniq } from './support/app';

/**
 * Issue #4, the whole story through the real core: first-start wizard → the administrator
 * creates a counsellor → the counsellor signs in, replaces the first passphrase, creates the
 * clinical escrow code → idle lock with no names on screen → unlock, back on the same page.
 */
test('first start: wizard, a counsellor, the escrow code, idle lock and unlock', async ({
  page,
  eap,
}) => {
  test.setTimeout(120_000);
  const s = uniq();
  const admin = {
    username: `admin-${s}`,
    displayName: `管理員甲${s}`,
    passphrase: `這是管理員的長密碼 ${s}`,
  };
  const counsellor = {
    username: `counsellor-${s}`,
    displayName: `測試員乙${s}`,
    first: `第一次的初始密碼 ${s}`,
    own: `諮商員自己的新密碼 ${s}`,
  };

  await page.goto('/');

  // 1. Organisation: name for printouts, city preset with what it implies.
  const wizard = page.getByTestId('setup-wizard');
  await expect(page.getByRole('heading', { level: 1, name: '初始設定' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '機關資料' })).toBeVisible();
  await expect(wizard).toContainText('每人每年 3 小時，評估後可延長 3 小時');
  await expect(wizard).toContainText('教師每人每年 6 小時；其他人員每人每年 4 小時');
  // The name field has focus first: typing starts at once.
  await expect(page.getByLabel('機關名稱（列印用）')).toBeFocused();
  // Next without answers: each field says what to do, in words.
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(wizard).toContainText('此欄位為必填，請輸入內容。');
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('機關名稱（列印用）').fill(`測試市政府人事處 ${s}`);
  await page.getByRole('radio', { name: /臺北市/ }).check();
  await screenshotBoth(page, 'setup-organisation');
  await page.getByRole('button', { name: '下一步' }).click();

  // 2. Administrator: the policy is said before anything is typed.
  await expect(page.getByRole('heading', { level: 2, name: '第一位系統管理者' })).toBeVisible();
  await expect(wizard).toContainText('至少 12 個字');
  await page.getByLabel('帳號（必填）', { exact: true }).fill(admin.username);
  await page.getByLabel('姓名').fill(admin.displayName);
  await page.getByLabel('密碼（必填）', { exact: true }).fill('太短了');
  await page.getByLabel('再輸入一次新密碼').fill('太短了');
  await page.getByLabel('再輸入一次新密碼').press('Enter');
  await expect(wizard).toContainText('密碼至少需要 12 個字');
  await page.getByLabel('密碼（必填）', { exact: true }).fill(admin.passphrase);
  await page.getByLabel('再輸入一次新密碼').fill(admin.passphrase);
  await screenshotBoth(page, 'setup-admin');
  // Enter in the last field advances.
  await page.getByLabel('再輸入一次新密碼').press('Enter');

  // 3. The recovery code, shown once, with what it opens and what it does not.
  await expect(page.getByRole('heading', { level: 2, name: '抄寫復原碼' })).toBeVisible();
  const groups = page.getByTestId('secret-code').locator('.code-group-text');
  await expect(groups).toHaveCount(8);
  const code = (await groups.allInnerTexts()).join('');
  expect(code).toMatch(/^[0-9A-Z]{32}$/);
  await expect(wizard).toContainText('它不能開啟臨床紀錄');
  await expect(wizard).toContainText('機關保險櫃');
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'setup-recovery');

  // Esc asks before discarding; "continue" keeps everything.
  await page.keyboard.press('Escape');
  const discard = page.getByRole('dialog', { name: '放棄初始設定？' });
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: '繼續設定' }).click();
  await expect(discard).toBeHidden();
  await page.getByRole('button', { name: '我已抄寫，下一步' }).click();

  // 4. Typed back: a wrong group is caught; spaces, dashes and lower case are fine.
  await expect(page.getByRole('heading', { level: 2, name: '核對復原碼' })).toBeVisible();
  const codeField = page.getByRole('textbox', { name: '復原碼（必填）' });
  const wrong = `${code.slice(0, 31)}${code.endsWith('0') ? '1' : '0'}`;
  await codeField.fill(wrong);
  await codeField.press('Enter');
  await expect(wizard).toContainText('與剛才顯示的代碼不符');
  expect(eap.callCount('setup.initialise')).toBe(0);
  const typed = code.toLowerCase().match(/.{4}/g)!.join(' - ');
  await codeField.fill(typed);
  await screenshotBoth(page, 'setup-confirm');
  await codeField.press('Enter');

  // 5. Done, signed in as the administrator.
  await expect(page.getByRole('heading', { level: 2, name: '設定完成' })).toBeVisible({
    timeout: 15_000,
  });
  await screenshotBoth(page, 'setup-done');
  await page.getByRole('button', { name: '前往帳號管理' }).click();

  // The administrator's shell: name and role in the top bar, admin areas in the menu.
  const person = page.getByTestId('signed-in-person');
  await expect(person).toContainText(admin.displayName);
  await expect(person).toContainText('系統管理者');
  const nav = page.getByRole('navigation', { name: '主選單' });
  for (const item of ['首頁', '帳號管理', '稽核紀錄', '系統設定', '系統資訊']) {
    await expect(nav.getByRole('link', { name: item })).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 1, name: '帳號管理' })).toBeVisible();
  await expect(page.getByText('共 1 個帳號')).toBeVisible();

  // The administrator creates a counsellor with a first passphrase.
  await page.getByRole('button', { name: '新增帳號' }).click();
  const dialog = page.getByRole('dialog', { name: '新增帳號' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('姓名').fill(counsellor.displayName);
  await dialog.getByLabel('帳號（必填）', { exact: true }).fill(counsellor.username);
  await expect(dialog.getByLabel('臨床督導')).toHaveCount(0);
  await dialog.getByLabel('角色').selectOption({ label: '諮商輔導人員' });
  await expect(dialog.getByLabel('臨床督導')).toBeVisible();
  await dialog.getByLabel('初始密碼').fill(counsellor.first);
  await expect(dialog).toContainText('第一次登入時必須改成自己的密碼');
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/accounts-create-zh-TW.png' });
  await dialog.getByRole('button', { name: '建立帳號' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`已建立「${counsellor.displayName}」的帳號。`)).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(counsellor.username) });
  await expect(row).toContainText('諮商輔導人員');
  await expect(row).toContainText('須變更初始密碼');
  await expect(page.getByText('共 2 個帳號')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'accounts');

  // Sign out: the sign-in screen, no names, no list of accounts.
  await page.getByRole('button', { name: '登出' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '登入' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(admin.displayName);
  await expect(page.locator('body')).not.toContainText(counsellor.displayName);
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'login');

  // The counsellor signs in and must replace the first passphrase before anything else.
  await page.getByLabel('帳號').fill(counsellor.username);
  await page.getByLabel('密碼').fill(counsellor.first);
  await page.getByLabel('密碼').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '請設定您自己的密碼' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await screenshotBoth(page, 'forced-change');
  await page.getByLabel('目前的密碼').fill(counsellor.first);
  await page.getByLabel('新密碼（必填）', { exact: true }).fill(counsellor.own);
  await page.getByLabel('再輸入一次新密碼').fill(counsellor.own);
  await page.getByLabel('再輸入一次新密碼').press('Enter');

  // The counsellor's home: their day, and first the escrow code to create.
  await expect(page.getByRole('heading', { level: 1, name: '首頁' })).toBeVisible();
  await expect(page.getByTestId('signed-in-person')).toContainText(counsellor.displayName);
  await expect(page.getByTestId('signed-in-person')).toContainText('諮商輔導人員');
  const escrowCard = page.getByTestId('escrow-card');
  await expect(escrowCard).toContainText('請先建立臨床資料保管碼');
  for (const title of ['今日晤談', '待完成紀錄', '延長申請']) {
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  }
  await expect(nav.getByRole('link', { name: '帳號管理' })).toHaveCount(0);
  await screenshotBoth(page, 'home-counsellor');

  // The escrow code: shown once, typed back, for the clinical lead and never the administrator.
  await escrowCard.getByRole('link', { name: '建立臨床資料保管碼' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '臨床金鑰' })).toBeVisible();
  await expect(page.getByTestId('escrow-setup')).toContainText('系統管理者與資訊人員絕不能持有');
  await screenshotBoth(page, 'clinical-escrow-intro');
  await page.getByRole('button', { name: '產生保管碼' }).click();
  const escrowGroups = page.getByTestId('secret-code').locator('.code-group-text');
  await expect(escrowGroups).toHaveCount(8);
  const escrowCode = (await escrowGroups.allInnerTexts()).join('-');
  await screenshotBoth(page, 'clinical-escrow-code');
  await page.getByRole('button', { name: '我已抄寫，下一步' }).click();
  const escrowField = page.getByRole('textbox', { name: '臨床資料保管碼（必填）' });
  await escrowField.fill(escrowCode.toLowerCase());
  await escrowField.press('Enter');
  await expect(page.getByText('臨床金鑰已建立。')).toBeVisible();
  await expect(page.getByTestId('pending-grants')).toContainText('目前沒有等待授權的同仁。');

  // Idle: core's clock moves past the idle period and core locks; the screen shows no names.
  eap.clock.advance(11 * 60_000);
  expect(eap.core.checkIdle()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: '畫面已鎖定' })).toBeVisible();
  await expect(page.getByText('因一段時間沒有操作，畫面已自動鎖定。')).toBeVisible();
  const html = await page.content();
  for (const secret of [
    counsellor.displayName,
    counsellor.username,
    admin.displayName,
    admin.username,
  ]) {
    expect(html).not.toContain(secret);
  }
  await expect(page.getByLabel('帳號')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/clinical$/);
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'lock');

  // Unlock with the passphrase alone: the same page again.
  await page.getByLabel('密碼').fill(counsellor.own);
  await page.getByLabel('密碼').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '臨床金鑰' })).toBeVisible();
  await expect(page).toHaveURL(/#\/clinical$/);
  await expect(page.getByTestId('signed-in-person')).toContainText(counsellor.displayName);
  await expect(page.getByTestId('pending-grants')).toBeVisible();
});
