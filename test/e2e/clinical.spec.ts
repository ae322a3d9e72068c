import { expect, test } from './fixtures/core';
import {
  expectNoSeriousAxeViolations,
  invoke,
  screenshotBoth,
  seedAccount,
  seedAdmin,
} from './support/app';

test('a counsellor holding the clinical key grants a waiting colleague, who was told to wait', async ({
  page,
  eap,
}) => {
  await seedAdmin(eap.core);
  const first = await seedAccount(eap.core, 'counsellor', 'counsellor');
  const second = await seedAccount(eap.core, 'counsellor', 'counsellor');
  await invoke(eap.core, 'auth.logout', {});

  // The first counsellor creates the clinical key through core, as the escrow page would.
  const own = `第一位諮商員自己的密碼很長`;
  await invoke(eap.core, 'auth.login', { username: first.username, passphrase: first.passphrase });
  await invoke(eap.core, 'auth.changePassphrase', { current: first.passphrase, next: own });
  const { escrowCode } = await invoke(eap.core, 'clinical.prepareEscrow', {});
  await invoke(eap.core, 'clinical.initialise', { escrowCodeConfirmation: escrowCode });
  await invoke(eap.core, 'auth.logout', {});

  // The second counsellor, after the first passphrase, is told that a colleague must grant access.
  await page.goto('/');
  await page.getByLabel('帳號').fill(second.username);
  await page.getByLabel('密碼').fill(second.passphrase);
  await page.getByLabel('密碼').press('Enter');
  await page.getByLabel('目前的密碼').fill(second.passphrase);
  await page.getByLabel('新密碼（必填）', { exact: true }).fill('第二位諮商員自己的長密碼');
  await page.getByLabel('再輸入一次新密碼').fill('第二位諮商員自己的長密碼');
  await page.getByLabel('再輸入一次新密碼').press('Enter');
  await expect(page.getByTestId('pending-card')).toContainText('等待臨床資料授權');
  await expect(page.getByRole('navigation').getByRole('link', { name: '臨床金鑰' })).toHaveCount(0);
  await screenshotBoth(page, 'home-counsellor-pending');
  await page.getByRole('button', { name: '登出' }).click();

  // The first counsellor grants it from the clinical key page.
  await page.getByLabel('帳號').fill(first.username);
  await page.getByLabel('密碼').fill(own);
  await page.getByLabel('密碼').press('Enter');
  await page.getByRole('navigation').getByRole('link', { name: '臨床金鑰' }).click();
  const pending = page.getByTestId('pending-grants');
  await expect(pending).toContainText(second.displayName);
  await expectNoSeriousAxeViolations(page);
  await screenshotBoth(page, 'clinical-pending');
  await pending.getByRole('button', { name: `授權：${second.displayName}` }).click();
  await expect(pending).toContainText(`已為「${second.displayName}」授權。`);
  await expect(pending).toContainText('目前沒有等待授權的同仁。');
});
