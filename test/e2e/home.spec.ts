import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/core';
import {
  expectNoSeriousAxeViolations,
  invoke,
  screenshotBoth,
  seedAccount,
  seedAdmin,
  seedCase,
  uniq,
} from './support/app';

/*
 * The home page's day (home.day) on the real core: an appointment booked for today is on the
 * desk's home (with who holds it) and on the counsellor's; once its time has passed with no
 * session recorded it waits in the counsellor's "notes to finish", whose line opens the session
 * form; a recorded session takes it off. "Today" is the office's day from core's clock.
 */

const HOUR = 3_600_000;
const HANZI = '安柏晨德恩芳冠翰宏華佳家建杰俊凱康樂立霖玲美敏明寧佩琪倩榮瑞珊';
const testName = (): string =>
  `測試${Array.from({ length: 2 }, () => HANZI[Math.floor(Math.random() * HANZI.length)]).join('')}`;

/** Today's date in the office (Asia/Taipei), whatever the machine's zone. */
const taipeiDate = (ms: number): string => new Date(ms + 8 * HOUR).toISOString().slice(0, 10);

async function showHome(page: Page): Promise<void> {
  await page.goto('/#/');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '首頁' })).toBeVisible();
}

test('a booked appointment is on the desk’s and the counsellor’s home; once past without a session it is a note to finish', async ({
  page,
  eap,
}) => {
  test.setTimeout(120_000);
  // 08:00 in Taipei today: the appointment at 10:00 is ahead, and all of it is on this day.
  const today = taipeiDate(Date.now());
  eap.clock.set(Date.parse(`${today}T08:00:00+08:00`));

  await seedAdmin(eap.core);
  const desk = await seedAccount(eap.core, 'desk', 'desk');
  const counsellor = await seedAccount(eap.core, 'counsellor', 'counsellor');
  await invoke(eap.core, 'auth.logout', {});
  const own = async (p: { username: string; passphrase: string }, clinical = false) => {
    const next = `自己的長密碼 ${uniq()} 記得住`;
    await invoke(eap.core, 'auth.login', { username: p.username, passphrase: p.passphrase });
    await invoke(eap.core, 'auth.changePassphrase', { current: p.passphrase, next });
    if (clinical) {
      const { escrowCode } = await invoke(eap.core, 'clinical.prepareEscrow', {});
      await invoke(eap.core, 'clinical.initialise', { escrowCodeConfirmation: escrowCode });
    }
    await invoke(eap.core, 'auth.logout', {});
    return { username: p.username, passphrase: next };
  };
  const deskLogin = await own(desk);
  const counsellorLogin = await own(counsellor, true);
  const signIn = async (p: { username: string; passphrase: string }) => {
    await eap.core.dispatch('auth.logout', {});
    await invoke(eap.core, 'auth.login', p);
  };

  // The desk opens a case for the counsellor and books today 10:00–10:50.
  await signIn(deskLogin);
  const clientName = testName();
  const { caseId, caseNumber } = await seedCase(eap.core, {
    name: clientName,
    requestedOn: today,
    deskOwnerId: desk.id,
    counsellorId: counsellor.id,
  });
  const { id: appointmentId } = await invoke(eap.core, 'appointments.book', {
    caseId,
    counsellorId: counsellor.id,
    date: today,
    start: '10:00',
    end: '10:50',
    mode: 'inPerson',
    selfPaidConfirmed: false,
  });

  // The desk's home: today's appointments of everyone, with who holds each; no empty stand-ins.
  await showHome(page);
  const deskDay = page.getByTestId('today-appointments');
  await expect(deskDay.getByRole('heading', { level: 2 })).toHaveText('今日預約（1）');
  const line = deskDay.getByRole('listitem').filter({ hasText: caseNumber });
  await expect(line).toContainText('10:00–10:50');
  await expect(line).toContainText(clientName);
  await expect(line).toContainText(counsellor.displayName);
  await expect(line).toContainText('面談');
  for (const gone of ['轉介', '危機事件']) {
    await expect(page.getByRole('heading', { level: 2, name: gone })).toHaveCount(0);
  }
  await expect(page.getByTestId('notes-to-finish')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'home-desk-day');
  // Keyboard: the line's link is a tab stop and opens the case.
  await line.getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-number')).toHaveText(caseNumber);

  // The counsellor's home: their own day; nothing to finish before the appointment ends.
  await signIn(counsellorLogin);
  await showHome(page);
  const mine = page.getByTestId('today-appointments');
  await expect(mine.getByRole('heading', { level: 2 })).toHaveText('今日晤談（1）');
  await expect(mine).toContainText('10:00–10:50');
  await expect(mine).toContainText(caseNumber);
  const notes = page.getByTestId('notes-to-finish');
  await expect(notes.getByRole('heading', { level: 2 })).toHaveText('待完成紀錄（0）');
  await expect(notes).toContainText('沒有待完成的晤談紀錄');

  // 11:00: the appointment is over, still booked, and no session is recorded.
  eap.clock.set(Date.parse(`${today}T11:00:00+08:00`));
  await showHome(page);
  await expect(notes.getByRole('heading', { level: 2 })).toHaveText('待完成紀錄（1）');
  const note = notes.getByRole('link', { name: new RegExp(`${caseNumber}.*填寫晤談紀錄`) });
  await expect(note).toContainText('10:00–10:50');
  await expect(notes).toContainText('尚未設定狀態');
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'home-counsellor-notes');
  await note.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(
    new RegExp(`#/appointments/case/${caseId}/session/${appointmentId}$`),
  );
  await expect(page.getByRole('heading', { level: 1, name: '晤談紀錄' })).toBeVisible();

  // Once the session is recorded the note is no longer waiting.
  await invoke(eap.core, 'sessions.record', {
    appointmentId,
    date: today,
    start: '10:00',
    end: '10:50',
    mode: 'inPerson',
    topics: [],
    riskLevel: 'general',
    nextStep: '',
    recordingRequested: false,
    recordingAgreed: false,
  });
  await showHome(page);
  await expect(notes.getByRole('heading', { level: 2 })).toHaveText('待完成紀錄（0）');
  await expect(mine.getByRole('listitem').filter({ hasText: caseNumber })).toContainText('已完成');
});
