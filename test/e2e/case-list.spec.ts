import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { seedSynthetic } from '../../electron/core/seed/generate';
import { openVault } from '../../electron/core/vault/open';
import { expect, test, type CoreFixture } from './fixtures/core';
import {
  expectNoSeriousAxeViolations,
  invoke,
  SCREENSHOTS,
  screenshotBoth,
  seedAccount,
  seedAdmin,
} from './support/app';

const CASES = 20_000;

/**
 * 20,000 generated cases written straight into the fixture's encrypted database by the seed
 * generator (the same code as `npm run cli -- seed`), through a second connection opened with
 * the administrator's passphrase; then the desk owner signs in through core.
 */
async function seedBigOffice(eap: CoreFixture, cases = CASES) {
  const admin = await seedAdmin(eap.core);
  const { session } = await invoke(eap.core, 'auth.session', {});
  const desk = await seedAccount(eap.core, 'desk', 'desk');
  const counsellor = await seedAccount(eap.core, 'counsellor', 'counsellor');
  // Core lets go of the vault first: two writers of the key file would conflict.
  await invoke(eap.core, 'auth.logout', {});
  const vault = await openVault({
    dataDir: eap.dataDir,
    clock: eap.clock,
    username: admin.username,
    passphrase: admin.passphrase,
  });
  const started = Date.now();
  try {
    const db = vault.db;
    if (!db) throw new Error('no database');
    seedSynthetic(db, {
      seed: 6,
      cases,
      staff: { desk: [desk.id], counsellors: [counsellor.id] },
      at: eap.clock.now(),
      installationId: vault.installationId,
      actorId: session?.accountId ?? null,
    });
  } finally {
    vault.close();
  }
  const seedMs = Date.now() - started;
  await invoke(eap.core, 'auth.login', { username: desk.username, passphrase: desk.passphrase });
  const own = `承辦人自己的長密碼 ${desk.username}`;
  await invoke(eap.core, 'auth.changePassphrase', { current: desk.passphrase, next: own });
  return { desk, seedMs };
}

/** A two-character fragment of an open case's client name that few clients share. */
async function pickFragment(eap: CoreFixture) {
  const page = await invoke(eap.core, 'cases.list', {
    status: ['active', 'intake'],
    sort: 'caseNumber',
    dir: 'desc',
    limit: 60,
  });
  let best: { fragment: string; total: number; caseNumber: string } | null = null;
  for (const row of page.rows) {
    const name = [...row.clientName];
    if (name.length < 3) continue;
    const fragment = name.slice(1, 3).join('');
    const { total } = await invoke(eap.core, 'cases.list', { search: fragment, limit: 1 });
    if (total !== null && total > 0 && (!best || total < best.total))
      best = { fragment, total, caseNumber: row.caseNumber };
    if (best && best.total <= 20) break;
  }
  if (!best) throw new Error('no usable name fragment in the seed');
  return best;
}

const rows = (page: Page) => page.getByTestId('case-table').locator('tbody tr.data-table-row');

test('20,000 cases: find by two characters, keyboard, overdue words, saved filter, close and reopen, timeline, audited printout', async ({
  page,
  eap,
}, testInfo) => {
  test.setTimeout(900_000);
  const { seedMs } = await seedBigOffice(eap);
  const target = await pickFragment(eap);
  const overdue = await invoke(eap.core, 'cases.list', {
    overdue: true,
    sort: 'nextFollowUp',
    dir: 'asc',
    limit: 1,
  });
  const late = overdue.rows[0];
  expect(late?.overdueDays ?? 0).toBeGreaterThan(0);

  // First rows of 20,000: only the rows in view are in the DOM.
  const t0 = Date.now();
  await page.goto('/#/cases');
  await expect(page.getByTestId('table-count')).toContainText(
    `共 ${CASES.toLocaleString('en')} 筆`,
    { timeout: 60_000 },
  );
  await expect(rows(page).first()).toBeVisible();
  const firstRowsMs = Date.now() - t0;
  expect(await rows(page).count()).toBeLessThan(80);

  // Scrolling near the end of what is loaded fetches the next keyset page.
  const scroller = page.locator('.data-table-scroll');
  // Long tasks (> 50 ms on the main thread) while scrolling: informational, never asserted.
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  const t1 = Date.now();
  for (let i = 0; i < 3; i++) {
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(page.getByTestId('table-count')).toContainText(
      `已載入 ${(100 * (i + 2)).toLocaleString('en')} 筆`,
    );
  }
  const scrollMs = Date.now() - t1;
  const longTasks = await page.evaluate(
    () => (window as unknown as { __longTasks: number[] }).__longTasks,
  );
  const longestTaskMs = Math.round(Math.max(0, ...longTasks));
  expect(await rows(page).count()).toBeLessThan(80);
  await scroller.evaluate((el) => el.scrollTo({ top: 0 }));

  // Keyboard: ↓ ↓ ↑ lands on the second row; Enter opens it.
  const second = (await rows(page).nth(1).locator('td').first().innerText()).trim();
  await rows(page).first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(rows(page).nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-number')).toHaveText(second);
  await page.goBack();

  // Overdue follow-ups say by how much, in words.
  await page.getByTestId('chips-overdue').getByRole('button', { name: '只看逾期追蹤' }).click();
  await page.getByRole('combobox', { name: '排序方式' }).selectOption('nextFollowUp');
  await expect(rows(page).first()).toContainText(late?.caseNumber ?? '?');
  await expect(rows(page).first()).toContainText(`逾期 ${late?.overdueDays ?? 0} 天`);

  // A saved filter: overdue + 服務中, saved, cleared, applied again.
  await page.getByTestId('chips-status').getByRole('button', { name: '服務中' }).click();
  const filteredCount = await page.getByTestId('table-count').innerText();
  await page.getByRole('button', { name: '儲存目前條件' }).click();
  await page.getByLabel('名稱').fill('我的逾期服務中');
  await page.getByRole('dialog').getByRole('button', { name: '儲存', exact: true }).click();
  await expect(
    page.getByTestId('saved-filters').getByRole('button', { name: '我的逾期服務中', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'case-list');
  await page.getByTestId('active-chips').getByRole('button', { name: '清除全部條件' }).click();
  await expect(page.getByTestId('table-count')).toContainText(
    `共 ${CASES.toLocaleString('en')} 筆`,
  );
  await page
    .getByTestId('saved-filters')
    .getByRole('button', { name: '我的逾期服務中', exact: true })
    .click();
  await expect(page.getByTestId('active-chips')).toContainText('逾期追蹤：是');
  await expect(page.getByTestId('table-count')).toHaveText(filteredCount);
  await page.getByTestId('active-chips').getByRole('button', { name: '清除全部條件' }).click();

  // Two characters of a name find the case.
  await page.getByLabel('搜尋個案').fill(target.fragment);
  await expect(page.getByTestId('table-count')).toContainText(`共 ${target.total} 筆`);
  const hit = rows(page).filter({ hasText: target.caseNumber });
  await expect(hit).toHaveCount(1);
  await hit.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-number')).toHaveText(target.caseNumber);

  // Close with a reason, then reopen; the timeline tells both.
  await page.getByTestId('case-header').getByRole('button', { name: '結案' }).click();
  const dialog = page.getByRole('dialog');
  // Core's calendar day (the worker's clock), which may differ from the browser's near midnight.
  const now = new Date(eap.clock.now());
  const coreToday = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  await dialog.getByLabel(/日期/).fill(coreToday);
  await dialog.getByRole('combobox', { name: /結案原因/ }).fill('目標');
  await dialog.getByRole('option', { name: '目標達成' }).click();
  await dialog.getByRole('button', { name: '結案' }).click();
  await expect(page.getByTestId('case-header')).toContainText('已結案');
  await page.getByTestId('case-header').getByRole('button', { name: '重新開案' }).click();
  await page.getByRole('dialog').getByLabel(/日期/).fill(coreToday);
  await page.getByRole('dialog').getByRole('button', { name: '重新開案' }).click();
  await expect(page.getByTestId('case-header')).toContainText('服務中');
  const timeline = page.getByTestId('case-timeline');
  await expect(timeline).toContainText(/狀態：(受理中|服務中) → 已結案/);
  await expect(timeline).toContainText('目標達成');
  await expect(timeline).toContainText('狀態：已結案 → 服務中');
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'case-page-timeline');

  // The internal printout: audited before it is offered, PDPA line, page numbers.
  const printsBefore = eap.callCount('cases.printed');
  await page.getByTestId('print-case').click();
  await expect(page.getByTestId('print-sheet')).toContainText(
    '本文件含個人資料，請依個人資料保護法妥善保管',
  );
  await expect(page.getByRole('button', { name: '列印', exact: true })).toBeEnabled();
  expect(eap.callCount('cases.printed')).toBe(printsBefore + 1);
  await expect(page.getByTestId('print-sheet')).toContainText(target.caseNumber);
  await expect(page.getByTestId('print-sheet')).toContainText('列印人：');
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/case-print-zh-TW.png`, fullPage: true });
  // The shared artifacts folder is emptied by other runs: the PDF goes to a temp folder of its own.
  const pdfPath = join(await mkdtemp(join(tmpdir(), 'eap-print-')), 'case-print.pdf');
  await writeFile(pdfPath, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  if (existsSync('/usr/bin/pdftotext')) {
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdfPath, '-'], {
      encoding: 'utf8',
    });
    expect(text).toContain('本文件含個人資料，請依個人資料保護法妥善保管');
    expect(text).toMatch(/第 1 頁／共 \d+ 頁/);
    expect(text).toContain(target.caseNumber);
  } else {
    testInfo.annotations.push({
      type: 'skipped-check',
      description: 'pdftotext not installed: PDF text not checked',
    });
  }
  await expect(page.getByTestId('print-sheet')).toContainText(/第 1 頁／共 \d+ 頁/);
  await page.getByRole('link', { name: '返回個案' }).click();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByTestId('print-case').click();
  await expect(page.getByTestId('print-sheet')).toContainText('Printed by');
  // The page numbers follow the language, on screen and on paper.
  await expect(page.getByTestId('print-sheet')).toContainText(/Page 1 of \d+/);
  await expect(page.getByTestId('print-sheet')).not.toContainText('頁／共');
  await page.screenshot({ path: `${SCREENSHOTS}/case-print-en.png`, fullPage: true });
  const pdfEn = join(dirname(pdfPath), 'case-print-en.pdf');
  await writeFile(pdfEn, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  if (existsSync('/usr/bin/pdftotext')) {
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdfEn, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).not.toMatch(/第 \d+ 頁／共 \d+ 頁/);
  }
  await page.getByRole('link', { name: 'Back to the case' }).click();
  await page.getByRole('button', { name: '中文', exact: true }).click();

  // The desk's home: overdue follow-ups with words, each opening its case.
  await page.getByRole('navigation').getByRole('link', { name: '首頁' }).click();
  const home = page.getByTestId('overdue-follow-ups');
  await expect(home).toContainText(/逾期 \d+ 天/);
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'home-desk-overdue');
  await home.getByRole('link').first().click();
  await expect(page.getByTestId('case-number')).toBeVisible();

  testInfo.annotations.push({
    type: 'performance',
    description: `seed ${CASES} cases ${seedMs} ms; first rows ${firstRowsMs} ms; 3 more pages by scrolling ${scrollMs} ms; long tasks while scrolling ${longTasks.length} (longest ${longestTaskMs} ms)`,
  });
  console.log(
    `case-list perf: seed ${seedMs} ms, first rows ${firstRowsMs} ms, 3 pages scrolled ${scrollMs} ms, long tasks ${longTasks.length} (longest ${longestTaskMs} ms)`,
  );
});

/**
 * At 1280 × 800 the table's own scroll box has no sideways scrolling, and no cell is cut short
 * except the long names that end in … by design (they carry the full text as a title).
 */
async function expectFits(page: Page) {
  const box = await page
    .locator('.data-table-scroll')
    .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(box.scroll, `table ${box.scroll}px wide in a ${box.client}px box`).toBeLessThanOrEqual(
    box.client,
  );
  const cut = await page
    .getByTestId('case-table')
    .evaluate((table) =>
      [...table.querySelectorAll<HTMLTableCellElement>('tbody tr.data-table-row td, thead th')]
        .filter((cell) => cell.scrollWidth > cell.clientWidth + 1 && !cell.querySelector('[title]'))
        .map((cell) => `column ${cell.cellIndex}: ${cell.scrollWidth} > ${cell.clientWidth}`),
    );
  expect(cut).toEqual([]);
}

test('the default columns fit a 1280 × 800 window in both languages, without a horizontal scrollbar', async ({
  page,
  eap,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await seedBigOffice(eap, 400);
  await page.goto('/#/cases');
  await expect(rows(page).first()).toBeVisible();
  const headers = page.getByTestId('case-table').locator('thead th');
  await expect(headers.last()).toHaveText(/下次追蹤/);
  await expectFits(page);
  // Overdue rows carry the widest follow-up cells ("逾期 N 天" / "N days overdue").
  await page.getByTestId('chips-overdue').getByRole('button', { name: '只看逾期追蹤' }).click();
  await expect(rows(page).first()).toContainText('逾期');
  await expectFits(page);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(headers.last()).toHaveText(/Next follow-up/);
  await expect(rows(page).first()).toContainText('overdue');
  await expectFits(page);
  await page.getByTestId('chips-overdue').getByRole('button', { name: 'Overdue only' }).click();
  await expectFits(page);
  // What stepped out of view is one click away in the column chooser.
  await expect(page.getByText(/^Columns \(\d+ hidden\)$/)).toBeVisible();
});
