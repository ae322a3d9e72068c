import { expect, test } from './fixtures/core';
import { invoke, seedAccount, seedAdmin } from './support/app';

// A PC whose clock zone is UTC, in an office in Taipei (the organisation's time-zone setting).
test.use({ timezoneId: 'UTC' });

/**
 * One office day everywhere: at 01:00 in Taipei it is still yesterday on a PC set to UTC. Forms
 * open on the office's day — the day core checks "not in the future" against — and core accepts
 * it, where the PC's own day would be a day behind.
 */
test('forms open on the office’s day, not the PC’s', async ({ page, eap }) => {
  const utcDay = new Date(eap.clock.now()).toISOString().slice(0, 10);
  const instant = Date.parse(`${utcDay}T17:00:00Z`); // 01:00 the next day in Taipei
  eap.clock.set(instant);
  await page.clock.setFixedTime(instant);
  const officeDay = new Date(instant + 8 * 3_600_000).toISOString().slice(0, 10);
  const [y, m, d] = officeDay.split('-').map(Number) as [number, number, number];
  const pad = (n: number) => String(n).padStart(2, '0');
  const rocOfficeDay = `${y - 1911}/${pad(m)}/${pad(d)}`;

  await seedAdmin(eap.core);
  const desk = await seedAccount(eap.core, 'desk', 'desk');
  await invoke(eap.core, 'auth.logout', {});
  await invoke(eap.core, 'auth.login', { username: desk.username, passphrase: desk.passphrase });
  await invoke(eap.core, 'auth.changePassphrase', {
    current: desk.passphrase,
    next: '櫃檯人員自己的很長很長密碼',
  });
  expect(await invoke(eap.core, 'app.today', {})).toEqual({
    today: officeDay,
    timeZone: 'Asia/Taipei',
  });

  await page.goto('/#/contacts/new');
  const form = page.getByTestId('contact-form');
  await expect(form.getByLabel(/諮詢日期/)).toHaveValue(rocOfficeDay);
});
