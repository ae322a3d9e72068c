import { useTranslation } from 'react-i18next';
import type { AccountRow } from '../../../../shared/ipc/schemas/accounts';
import { useDateTimeFormatter } from '../../lib/format';
import type { AccountAction } from './AccountsTable';
import { FirstPassphraseDialog } from './FirstPassphraseDialog';
import { SimpleActionDialog } from './SimpleActionDialog';

/** The dialog for one row action, with what it means for that person said before doing it. */
export function AccountActionDialog({
  action,
  account,
  onClose,
  onDone,
}: {
  readonly action: AccountAction;
  readonly account: AccountRow;
  readonly onClose: () => void;
  readonly onDone: (message: 'disabled' | 'enabled' | 'reset' | 'unlocked') => void;
}) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormatter();
  const name = account.displayName;
  const counsellor = account.role === 'counsellor';
  switch (action) {
    case 'disable':
      return (
        <SimpleActionDialog
          id={account.id}
          channel="accounts.disable"
          title={t('accounts.disable.title', { name })}
          confirmLabel={t('accounts.disable.confirm')}
          onClose={onClose}
          onDone={() => onDone('disabled')}
        >
          <p>{t('accounts.disable.body')}</p>
        </SimpleActionDialog>
      );
    case 'unlock':
      return (
        <SimpleActionDialog
          id={account.id}
          channel="accounts.unlock"
          title={t('accounts.unlock.title', { name })}
          confirmLabel={t('accounts.unlock.confirm')}
          onClose={onClose}
          onDone={() => onDone('unlocked')}
        >
          <p>
            {t('accounts.unlock.body', {
              until: account.lockedUntil === null ? '' : formatDateTime(account.lockedUntil),
            })}
          </p>
        </SimpleActionDialog>
      );
    case 'enable':
      return (
        <FirstPassphraseDialog
          account={account}
          channel="accounts.enable"
          title={t('accounts.enable.title', { name })}
          submitLabel={t('accounts.enable.confirm')}
          onClose={onClose}
          onDone={() => onDone('enabled')}
        >
          <p>{t('accounts.enable.body')}</p>
          {counsellor ? <p className="warning-text">{t('accounts.clinicalRegrant')}</p> : null}
        </FirstPassphraseDialog>
      );
    case 'reset':
      return (
        <FirstPassphraseDialog
          account={account}
          channel="accounts.resetPassphrase"
          title={t('accounts.reset.title', { name })}
          submitLabel={t('accounts.reset.confirm')}
          onClose={onClose}
          onDone={() => onDone('reset')}
        >
          <p>{t('accounts.reset.body')}</p>
          {counsellor ? (
            <p className="warning-text" data-testid="reset-clinical-warning">
              {t('accounts.clinicalRegrant')}
            </p>
          ) : null}
        </FirstPassphraseDialog>
      );
  }
}
