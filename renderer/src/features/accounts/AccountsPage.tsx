import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../../shared/i18n/index';
import type { AccountRow } from '../../../../shared/ipc/schemas/accounts';
import { useErrorText } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { useSession } from '../auth/auth.queries';
import { ClinicalKeySummary } from '../clinical/ClinicalKeySummary';
import { AccountActionDialog } from './AccountActionDialog';
import { AccountsTable, type AccountAction } from './AccountsTable';
import { accountsQueries } from './accounts.queries';
import { CreateAccountDialog } from './CreateAccountDialog';

type DoneKind = 'created' | 'disabled' | 'enabled' | 'reset' | 'unlocked';
type Done = { readonly kind: DoneKind; readonly name: string };

const DONE_KEYS: Readonly<Record<DoneKind, MessageKey>> = {
  created: 'accounts.done.created',
  disabled: 'accounts.done.disabled',
  enabled: 'accounts.done.enabled',
  reset: 'accounts.done.reset',
  unlocked: 'accounts.done.unlocked',
};

/** 帳號管理: who may sign in, with which role; first passphrases, lockouts, disabling. */
export function AccountsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const session = useSession();
  const accounts = useQuery(accountsQueries.list());
  const [creating, setCreating] = useState(false);
  const [acting, setActing] = useState<{ action: AccountAction; account: AccountRow } | null>(null);
  const [done, setDone] = useState<Done | null>(null);

  return (
    <Page title={t('accounts.title')} description={t('accounts.description')}>
      <div className="page-toolbar">
        <Button variant="primary" onClick={() => setCreating(true)}>
          {t('accounts.create.open')}
        </Button>
      </div>
      {done ? (
        <div className="page-notice">
          <Notice tone="info" title={t(DONE_KEYS[done.kind], { name: done.name })}>
            {done.kind === 'created' || done.kind === 'enabled' || done.kind === 'reset' ? (
              <p>{t('accounts.done.handOver')}</p>
            ) : null}
          </Notice>
        </div>
      ) : null}
      <ClinicalKeySummary />
      {accounts.isPending ? (
        <p role="status" className="status-text">
          {t('common.loading')}
        </p>
      ) : accounts.isError ? (
        <Notice tone="error" title={t('accounts.loadFailed')}>
          <p>{errorText(accounts.error)}</p>
          <div>
            <Button onClick={() => void accounts.refetch()}>{t('common.retry')}</Button>
          </div>
        </Notice>
      ) : (
        <AccountsTable
          accounts={accounts.data.accounts}
          selfId={session.accountId}
          onAction={(action, account) => {
            setDone(null);
            setActing({ action, account });
          }}
        />
      )}
      <CreateAccountDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(name) => setDone({ kind: 'created', name })}
      />
      {acting ? (
        <AccountActionDialog
          action={acting.action}
          account={acting.account}
          onClose={() => setActing(null)}
          onDone={(kind) => {
            setDone({ kind, name: acting.account.displayName });
            setActing(null);
          }}
        />
      ) : null}
    </Page>
  );
}
