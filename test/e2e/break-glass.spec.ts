import { expect, test } from './fixtures/core';
import {
  expectNoSeriousAxeViolations,
  invoke,
  screenshotBoth,
  seedAccount,
  seedAdmin,
  seedCase,
} from './support/app';

/**
 * SECURITY.md §4 break-glass, as people meet it: a counsellor opening a colleague's case is asked
 * why; the case opens once a reason is written; the assigned counsellor sees who, when and why.
 */
test('a counsellor opening a colleague’s case writes a reason, which the assigned counsellor sees', async ({
  page,
  eap,
}) => {
  await seedAdmin(eap.core);
  const desk = await seedAccount(eap.core, 'desk', 'desk');
  const assigned = await seedAccount(eap.core, 'counsellor', 'counsellor');
  const other = await seedAccount(eap.core, 'counsellor', 'counsellor');
  await invoke(eap.core, 'auth.logout', {});
  const own = (p: { username: string; passphrase: string }, next: string) =>
    invoke(eap.core, 'auth.login', { username: p.username, passphrase: p.passphrase }).then(() =>
      invoke(eap.core, 'auth.changePassphrase', { current: p.passphrase, next }),
    );
  await own(assigned, '負責諮商員自己的很長很長密碼');
  await invoke(eap.core, 'auth.logout', {});
  await own(other, '另一位諮商員自己的很長很長密碼');
  await invoke(eap.core, 'auth.logout', {});

  // The desk opens a case assigned to the first counsellor.
  await own(desk, '櫃檯人員自己的很長很長密碼');
  const today = new Date(eap.clock.now()).toISOString().slice(0, 10);
  const { caseId } = await seedCase(eap.core, {
    name: '測試甲乙',
    requestedOn: today,
    deskOwnerId: desk.id,
    counsellorId: assigned.id,
  });
  await invoke(eap.core, 'auth.logout', {});

  // The other counsellor is asked why before the case opens.
  await invoke(eap.core, 'auth.login', {
    username: other.username,
    passphrase: '另一位諮商員自己的很長很長密碼',
  });
  await page.goto(`/#/cases/${caseId}`);
  await expect(page.getByText('需要開啟理由')).toBeVisible();
  await expect(page.getByText('測試甲乙')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('textbox', { name: /^開啟理由/ }).fill('值班期間當事人來電，需確認預約資訊');
  await page.getByRole('button', { name: '記錄理由並開啟個案' }).click();
  await expect(page.getByText('測試甲乙').first()).toBeVisible();
  await invoke(eap.core, 'auth.logout', {});

  // The assigned counsellor sees it on the home page until acknowledged.
  await invoke(eap.core, 'auth.login', {
    username: assigned.username,
    passphrase: '負責諮商員自己的很長很長密碼',
  });
  await page.goto('/#/');
  const card = page.getByTestId('break-glass-card');
  await expect(card).toContainText('值班期間當事人來電，需確認預約資訊');
  await expect(card).toContainText(other.displayName);
  await screenshotBoth(page, 'home-break-glass');
  await card.getByRole('button', { name: '我已知悉' }).click();
  await expect(page.getByTestId('break-glass-card')).toHaveCount(0);
});
