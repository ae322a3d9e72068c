import type { Page } from '@playwright/test';
import { formatRocLong, formatRocShort } from '../../shared/format/roc-date';
import { expect, test } from './fixtures/core';
import {
  expectNoSeriousAxeViolations,
  invoke,
  screenshotBoth,
  SCREENSHOTS,
  uniq,
} from './support/app';

/*
 * Appointments, sessions and the subsidy quota (issue #7), end to end on the real core: the desk
 * books, the counsellor completes and writes a clinical note the desk never receives, an
 * extension is requested and approved, a further hour is booked, and a provider's monthly CSV
 * counts towards the same quota. Generated names only.
 */

// A stuck action should fail at its own line, not at the test's end.
test.use({ actionTimeout: 20_000 });

const DAY = 86_400_000;
const iso = (ms: number): string => {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};
const HANZI = '安柏晨德恩芳冠翰宏華佳家建杰俊凱康樂立霖玲美敏明寧佩琪倩榮瑞珊';
const testName = (): string =>
  `測試${Array.from({ length: 2 }, () => HANZI[Math.floor(Math.random() * HANZI.length)]).join('')}${uniq().slice(0, 2)}`;

interface Person {
  readonly username: string;
  readonly passphrase: string;
  readonly id: string;
}

async function seed(core: Parameters<typeof invoke>[0]) {
  const s = uniq();
  const { recoveryCode } = await invoke(core, 'setup.prepare', {});
  await invoke(core, 'setup.initialise', {
    organisation: { name: `測試市政府人事處 ${s}`, cityPreset: 'keelung' },
    admin: {
      username: `admin-${s}`,
      displayName: `管理員${s}`,
      passphrase: `管理員的長密碼 ${s} 要夠長`,
    },
    recoveryCodeConfirmation: recoveryCode,
  });
  const { id: agencyId } = await invoke(core, 'agencies.create', {
    code: 'T001',
    name: '測試局',
    kind: 'bureau',
  });
  await invoke(core, 'providers.create', {
    name: '測試諮商中心',
    kind: 'contracted',
    hourlyRate: 1600,
  });
  const make = async (role: 'desk' | 'counsellor'): Promise<Person> => {
    const username = `${role}-${uniq()}`;
    const first = `第一次的密碼 ${uniq()} 很長`;
    const { id } = await invoke(core, 'accounts.create', {
      username,
      displayName: `${role === 'desk' ? '櫃台' : '心理師'}${uniq().slice(0, 3)}`,
      role,
      clinicalSupervisor: false,
      passphrase: first,
    });
    return { username, passphrase: first, id };
  };
  const deskFirst = await make('desk');
  const counsellorFirst = await make('counsellor');
  await invoke(core, 'auth.logout', {});
  const own = async (p: Person, clinical: boolean): Promise<Person> => {
    const next = `自己的長密碼 ${uniq()} 記得住`;
    await invoke(core, 'auth.login', { username: p.username, passphrase: p.passphrase });
    await invoke(core, 'auth.changePassphrase', { current: p.passphrase, next });
    if (clinical) {
      const { escrowCode } = await invoke(core, 'clinical.prepareEscrow', {});
      await invoke(core, 'clinical.initialise', { escrowCodeConfirmation: escrowCode });
    }
    await invoke(core, 'auth.logout', {});
    return { ...p, passphrase: next };
  };
  const desk = await own(deskFirst, false);
  const counsellor = await own(counsellorFirst, true);
  await invoke(core, 'auth.login', { username: desk.username, passphrase: desk.passphrase });
  const clientName = testName();
  const { id: clientId } = await invoke(core, 'clients.create', {
    name: clientName,
    agencyId,
    category: 'civilServant',
  });
  const { id: caseId } = await invoke(core, 'cases.create', {
    clientId,
    requestedOn: iso(Date.now()),
    channel: 'phone',
    source: 'selfReferral',
    voluntary: true,
    facets: ['work'],
    riskLevel: 'general',
    deskOwnerId: desk.id,
    counsellorId: counsellor.id,
  });
  await invoke(core, 'auth.logout', {});
  return { desk, counsellor, clientName, caseId };
}

async function signIn(page: Page, p: Person): Promise<void> {
  await page.goto('/');
  await page.getByLabel('帳號').fill(p.username);
  await page.getByLabel('密碼').fill(p.passphrase);
  await page.getByLabel('密碼').press('Enter');
  await expect(page.getByTestId('signed-in-person')).toBeVisible();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '登出' }).click();
  await expect(page.getByLabel('帳號')).toBeVisible();
}

test('desk books, counsellor records a note the desk never sees, extension, provider CSV, hours report', async ({
  page,
  eap,
}) => {
  test.setTimeout(240_000);
  const { desk, counsellor, clientName, caseId } = await seed(eap.core);
  const tomorrow = iso(Date.now() + DAY);
  const noteText = `臨床內容${uniq()}只限諮商人員`;

  // The desk books tomorrow 10:00 from the calendar, seeing the hours left before saving.
  await signIn(page, desk);
  await page.getByRole('navigation').getByRole('link', { name: '晤談與預約' }).click();
  await page.goto(`/#/appointments?date=${tomorrow}`);
  await page.getByRole('button', { name: `預約 ${formatRocLong(tomorrow)} 10:00` }).click();
  const booking = page.getByRole('dialog', { name: '預約晤談' });
  await booking.getByRole('combobox', { name: /服務對象/ }).fill(clientName);
  await page.getByRole('option', { name: new RegExp(clientName) }).click();
  await expect(booking.getByTestId('quota-line')).toContainText('本年度補助剩餘 3 小時');
  await expect(booking.getByTestId('case-picker').getByRole('combobox')).not.toHaveValue('');
  await expectNoSeriousAxeViolations(page);
  // The language buttons sit behind the modal: English is shot later, from the case page.
  await page.screenshot({ path: `${SCREENSHOTS}/booking-quota-zh-TW.png`, fullPage: true });
  await booking.getByRole('button', { name: '預約', exact: true }).click();
  await expect(booking.getByTestId('booked-notice')).toContainText('本年度補助剩餘 2 小時');
  await booking.getByRole('button', { name: '完成' }).click();
  await expect(page.getByTestId('calendar-appointment')).toContainText('10:00–11:00');
  await expect(page.getByTestId('calendar-appointment')).toContainText('已預約');
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'calendar-week');
  await signOut(page);

  // Two days later the counsellor completes it and writes the clinical note.
  eap.clock.advance(2 * DAY);
  await signIn(page, counsellor);
  await page.goto(`/#/appointments?date=${tomorrow}`);
  await page.getByTestId('calendar-appointment').click();
  await page.getByRole('button', { name: '完成並填寫晤談紀錄' }).click();
  await expect(page.getByRole('heading', { name: '晤談紀錄', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: '下一步' }).fill('再約一次晤談');
  await page.getByRole('radio', { name: '關懷' }).check();
  await page.getByRole('textbox', { name: '晤談紀錄' }).fill(noteText);
  await expect(page.getByTestId('draft-state')).toContainText('草稿已保存');
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'session-form');
  await page.getByRole('button', { name: '儲存晤談紀錄' }).click();
  await expect(page.getByText('晤談紀錄已儲存。')).toBeVisible();
  await page.getByRole('button', { name: '顯示晤談紀錄' }).click();
  await expect(page.getByTestId('note-text')).toContainText(noteText);
  await signOut(page);

  // The desk sees the hours left, but neither the note nor any control to read it.
  await signIn(page, desk);
  await page.goto(`/#/appointments/case/${caseId}`);
  const quota = page.getByTestId('quota-panel');
  await expect(quota.locator('[data-figure="remaining"]')).toContainText('2 小時');
  await expect(page.getByTestId('session-list')).toContainText('再約一次晤談');
  await expect(page.getByRole('button', { name: '顯示晤談紀錄' })).toHaveCount(0);
  expect(await page.content()).not.toContain(noteText);
  await quota.getByRole('button', { name: '申請延長' }).click();
  const ask = page.getByRole('dialog', { name: '申請延長補助時數' });
  await ask.getByRole('textbox', { name: /申請時數/ }).fill('1');
  await ask.getByRole('textbox', { name: /申請原因/ }).fill('同仁希望再談一次');
  await ask.getByRole('button', { name: '送出申請' }).click();
  await expect(quota).toContainText('已送出延長申請');
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'quota-panel');
  await signOut(page);

  // The counsellor approves it from the home page.
  await signIn(page, counsellor);
  const pending = page.getByTestId('pending-extensions');
  await pending.getByRole('button', { name: `核准：${clientName}`, exact: true }).click();
  const decide = page.getByRole('dialog', { name: '核准延長補助時數' });
  await decide.getByRole('textbox', { name: /評估說明/ }).fill('評估後同意延長');
  await decide.getByRole('button', { name: '核准', exact: true }).click();
  await expect(pending).toContainText(`已核准 ${clientName} 延長 1 小時`);
  await signOut(page);

  // The desk books a further hour from the case, within the extended subsidy.
  await signIn(page, desk);
  await page.goto(`/#/appointments/case/${caseId}`);
  await expect(quota.locator('[data-figure="remaining"]')).toContainText('3 小時');
  await page.getByTestId('case-appointments').getByRole('button', { name: '預約晤談' }).click();
  const again = page.getByRole('dialog', { name: '預約晤談' });
  await again
    .getByRole('textbox', { name: /^日期/ })
    .fill(formatRocShort(iso(Date.now() + 3 * DAY)));
  await again.getByRole('textbox', { name: /開始時間/ }).fill('14:00');
  await again.getByRole('textbox', { name: /結束時間/ }).fill('15:00');
  await again.getByRole('button', { name: '預約', exact: true }).click();
  await expect(again.getByTestId('booked-notice')).toContainText('本年度補助剩餘 2 小時');
  await again.getByRole('button', { name: '完成' }).click();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page
    .getByTestId('case-appointments')
    .getByRole('button', { name: 'Book a session' })
    .click();
  await expect(page.getByRole('dialog').getByTestId('quota-line')).toContainText(
    'Subsidised hours left this year: 2',
  );
  await page.screenshot({ path: `${SCREENSHOTS}/booking-quota-en.png`, fullPage: true });
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: '中文', exact: true }).click();

  // The provider's month, imported from a UTF-8 CSV, counts towards the same quota.
  const today = iso(Date.now());
  const csv = `日期,姓名,機關,人員類別,時數,參考編號\n${formatRocShort(today)},${clientName},測試局,,1.5,R-001\n${formatRocShort(today)},${testName()},測試局,,1,R-002\n`;
  await page.goto('/#/provider-reports');
  // The only contracted provider is chosen already.
  await expect(page.getByRole('combobox', { name: /特約機構/ })).toHaveValue('測試諮商中心');
  await page.getByLabel('期間').selectOption(String(new Date().getMonth() + 1));
  await page
    .getByLabel('檔案')
    .setInputFiles({ name: 'month.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByRole('button', { name: '試算檢查' }).click();
  await expect(page.getByTestId('import-result')).toContainText('2 筆、共 2.5 小時');
  await expect(page.getByTestId('import-result')).toContainText('新增 1 位');
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'provider-import');
  await page.getByRole('button', { name: '匯入', exact: true }).click();
  await expect(page.getByTestId('import-result')).toContainText('已匯入 2 筆');
  await page.goto(`/#/appointments/case/${caseId}`);
  await expect(quota.locator('[data-figure="remaining"]')).toContainText('0.5 小時');

  // The month's hours per counsellor and provider, printable.
  await page.goto('/#/reports/hours');
  const report = page.getByTestId('hours-report');
  await expect(report).toContainText(
    `中華民國${new Date().getFullYear() - 1911}年${new Date().getMonth() + 1}月`,
  );
  await expect(report).toContainText('測試諮商中心');
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'hours-report');
});
