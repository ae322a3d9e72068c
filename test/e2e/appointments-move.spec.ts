import { formatRocShort } from '../../shared/format/roc-date';
import { expect, test } from './fixtures/core';
import { expectNoSeriousAxeViolations, invoke, screenshotBoth, SCREENSHOTS } from './support/app';
import { isoDay, seedDeskOffice, signIn, taipeiInstant } from './support/desk-office';

/*
 * 改期 (issue #7): the desk moves a booked appointment from the calendar. Onto a time the
 * counsellor is busy, core refuses (named beside the start time) and nothing changes; to a free
 * day the appointment itself moves and the calendar shows it there; moved on its own day, core
 * records a late cancellation and books anew, and the dialog says so.
 */

test.use({ actionTimeout: 20_000 });

test('the desk moves an appointment; a double booking is refused and changes nothing', async ({
  page,
  eap,
}) => {
  test.setTimeout(120_000);
  const { desk, counsellor, clients } = await seedDeskOffice(eap.core, 2);
  const [mine, other] = [clients[0]!, clients[1]!];
  const tomorrow = isoDay(1);
  const busyDay = isoDay(2);
  const freeDay = isoDay(8);
  await invoke(eap.core, 'auth.login', { username: desk.username, passphrase: desk.passphrase });
  const book = (caseId: string, date: string, start: string, end: string) =>
    invoke(eap.core, 'appointments.book', {
      caseId,
      counsellorId: counsellor.id,
      date,
      start,
      end,
      mode: 'inPerson',
    });
  const { id } = await book(mine.caseId, tomorrow, '10:00', '11:00');
  await book(other.caseId, busyDay, '14:00', '15:00');
  await invoke(eap.core, 'auth.logout', {});
  await signIn(page, desk);

  await page.goto(`/#/appointments?date=${tomorrow}&view=day`);
  await page.getByTestId('calendar-appointment').filter({ hasText: '10:00–11:00' }).click();
  await page
    .getByRole('dialog', { name: '預約內容' })
    .getByRole('button', { name: '改期…' })
    .click();
  const move = page.getByRole('dialog', { name: '改期' });
  await expect(move.getByTestId('quota-line')).toContainText('本年度補助剩餘');
  await expect(move.getByRole('textbox', { name: /開始時間/ })).toHaveValue('10:00');

  // Onto the counsellor's other appointment: refused beside the start, nothing changes.
  await move.getByRole('textbox', { name: /^日期/ }).fill(formatRocShort(busyDay));
  await move.getByRole('textbox', { name: /開始時間/ }).fill('14:30');
  await move.getByRole('textbox', { name: /結束時間/ }).fill('15:30');
  await move.getByRole('button', { name: '改期', exact: true }).click();
  await expect(move.getByRole('textbox', { name: /開始時間/ })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(
    move.getByText(`${counsellor.displayName} 在這個時段已有其他預約，請改選其他時間。`),
  ).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({
    path: `${SCREENSHOTS}/appointment-move-double-zh-TW.png`,
    fullPage: true,
  });
  // The page signed the desk in to this very core: its calls see what the page sees.
  const before = (await invoke(eap.core, 'appointments.forCase', { caseId: mine.caseId }))
    .appointments;
  expect(before.map((a) => [a.id, a.date, a.start, a.status])).toEqual([
    [id, tomorrow, '10:00', 'booked'],
  ]);

  // To a free day: the appointment itself moves, and the calendar shows it there.
  await move.getByRole('textbox', { name: /^日期/ }).fill(formatRocShort(freeDay));
  await move.getByRole('textbox', { name: /開始時間/ }).fill('16:00');
  await move.getByRole('textbox', { name: /結束時間/ }).fill('17:00');
  await move.getByRole('button', { name: '改期', exact: true }).click();
  await expect(move.getByTestId('moved-notice')).toContainText(
    `已改期，新的時間為 ${formatRocShort(freeDay)} 16:00–17:00。`,
  );
  await move.getByRole('button', { name: '完成' }).click();
  await expect(page).toHaveURL(new RegExp(`date=${freeDay}`));
  const moved = page.getByTestId('calendar-appointment');
  await expect(moved).toHaveCount(1);
  await expect(moved).toContainText('16:00–17:00');
  await expect(moved).toContainText('已預約');
  const after = (await invoke(eap.core, 'appointments.forCase', { caseId: mine.caseId }))
    .appointments;
  expect(after.map((a) => [a.id, a.date, a.start])).toEqual([[id, freeDay, '16:00']]);
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'appointment-moved');

  // The English dialog, for the record.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await moved.click();
  await page
    .getByRole('dialog', { name: 'Appointment' })
    .getByRole('button', { name: 'Move…' })
    .click();
  await expect(
    page.getByRole('dialog', { name: 'Move the appointment' }).getByTestId('quota-line'),
  ).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/appointment-move-en.png`, fullPage: true });
  await page
    .getByRole('dialog', { name: 'Move the appointment' })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await page
    .getByRole('dialog', { name: 'Appointment' })
    .getByRole('button', { name: 'Close' })
    .click();
  await page.getByRole('button', { name: '中文', exact: true }).click();
});

test('moved on its own day, the old appointment is a late cancellation and a new one is booked', async ({
  page,
  eap,
}) => {
  test.setTimeout(120_000);
  const { desk, counsellor, clients } = await seedDeskOffice(eap.core);
  const mine = clients[0]!;
  const tomorrow = isoDay(1);
  await invoke(eap.core, 'auth.login', { username: desk.username, passphrase: desk.passphrase });
  const { id } = await invoke(eap.core, 'appointments.book', {
    caseId: mine.caseId,
    counsellorId: counsellor.id,
    date: tomorrow,
    start: '23:00',
    end: '23:30',
    mode: 'phone',
  });
  await invoke(eap.core, 'auth.logout', {});
  // Core's clock moves to the small hours of the appointment's own day (the browser keeps today).
  eap.clock.set(taipeiInstant(tomorrow, '00:30'));
  const later = isoDay(3);
  await signIn(page, desk);
  await page.goto(`/#/appointments/case/${mine.caseId}`);
  await page
    .getByTestId('case-appointments')
    .getByRole('button', { name: /^改期：/ })
    .click();
  const move = page.getByRole('dialog', { name: '改期' });
  await move.getByRole('textbox', { name: /^日期/ }).fill(formatRocShort(later));
  await move.getByRole('textbox', { name: /開始時間/ }).fill('10:00');
  await move.getByRole('textbox', { name: /結束時間/ }).fill('10:30');
  await move.getByRole('button', { name: '改期', exact: true }).click();
  await expect(move.getByTestId('moved-notice')).toContainText(
    `原預約（${formatRocShort(tomorrow)} 23:00–23:30）已登記為逾時取消，依本機關設定計入補助時數`,
  );
  await move.getByRole('button', { name: '完成' }).click();
  const table = page.getByTestId('case-appointments-table');
  await expect(table).toContainText('逾時取消');
  await expect(table).toContainText(`${formatRocShort(later)} 10:00–10:30`);
  const rows = (await invoke(eap.core, 'appointments.forCase', { caseId: mine.caseId }))
    .appointments;
  expect(rows.find((a) => a.id === id)?.status).toBe('cancelledLate');
  expect(rows.filter((a) => a.status === 'booked').map((a) => [a.date, a.start])).toEqual([
    [later, '10:00'],
  ]);
});
