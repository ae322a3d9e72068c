import { expect, test } from './fixtures/core';
import { invoke, seedAccount, seedAdmin, seedCase } from './support/app';

/**
 * SECURITY.md §4: every open of a case page is audited — and only opens. The page on screen
 * fetches again when something changes (db.changed); that refresh is not a second open, while
 * coming back to the case from the list is.
 */
test('the case page is audited once per open, not per refresh after a change', async ({
  page,
  eap,
}) => {
  const admin = await seedAdmin(eap.core);
  const desk = await seedAccount(eap.core, 'desk', 'desk');
  await invoke(eap.core, 'auth.logout', {});
  await invoke(eap.core, 'auth.login', { username: desk.username, passphrase: desk.passphrase });
  await invoke(eap.core, 'auth.changePassphrase', {
    current: desk.passphrase,
    next: '櫃檯人員自己的很長很長密碼',
  });
  const today = new Date(eap.clock.now()).toISOString().slice(0, 10);
  const { caseId, caseNumber } = await seedCase(eap.core, {
    name: '測試丙丁',
    requestedOn: today,
    deskOwnerId: desk.id,
  });

  await page.goto(`/#/cases/${caseId}`);
  await expect(page.getByTestId('case-number')).toHaveText(caseNumber);
  // A colleague's change elsewhere: the page shows it (a refresh), without a second open.
  await invoke(eap.core, 'cases.update', { id: caseId, riskLevel: 'concern' });
  await expect(page.getByTestId('case-header')).toContainText('關懷');
  // Away to the list and back: a new open.
  await page.getByRole('navigation').getByRole('link', { name: '個案一覽' }).click();
  await page.getByTestId('case-table').getByText(caseNumber).click();
  await expect(page.getByTestId('case-number')).toHaveText(caseNumber);

  await invoke(eap.core, 'auth.logout', {});
  await invoke(eap.core, 'auth.login', { username: admin.username, passphrase: admin.passphrase });
  const { entries } = await invoke(eap.core, 'audit.list', { action: 'case.opened' });
  expect(entries.filter((e) => e.objectId === caseId)).toHaveLength(2);
});
