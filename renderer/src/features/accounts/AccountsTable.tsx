import { useTranslation } from 'react-i18next';
import type { AccountRow } from '../../../../shared/ipc/schemas/accounts';
import { useDateTimeFormatter } from '../../lib/format';
import { SortableTable, type Column } from '../../ui/SortableTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { roleKey } from '../auth/roles';
import { CLINICAL_ACCESS_LABELS, isLocked } from './account-status';

export type AccountAction = 'disable' | 'enable' | 'reset' | 'unlock';

/** Every account with what it needs; the actions that make sense for each row. */
export function AccountsTable({
  accounts,
  selfId,
  onAction,
}: {
  readonly accounts: readonly AccountRow[];
  readonly selfId: string;
  readonly onAction: (action: AccountAction, account: AccountRow) => void;
}) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormatter();
  const columns: Column<AccountRow>[] = [
    {
      id: 'displayName',
      header: t('accounts.field.displayName'),
      cell: (a) => <span className="nowrap">{a.displayName}</span>,
      sortValue: (a) => a.displayName,
    },
    {
      id: 'username',
      header: t('accounts.field.username'),
      cell: (a) => <span className="mono">{a.username}</span>,
      sortValue: (a) => a.username,
    },
    {
      id: 'role',
      header: t('accounts.field.role'),
      cell: (a) => t(roleKey(a.role, a.clinicalSupervisor)),
      sortValue: (a) => t(roleKey(a.role, a.clinicalSupervisor)),
    },
    {
      id: 'status',
      header: t('accounts.column.status'),
      sortValue: (a) => (a.status === 'active' ? 0 : 1),
      cell: (a) => (
        <span className="badges">
          {a.status === 'active' ? (
            <StatusBadge tone="ok">{t('accounts.status.active')}</StatusBadge>
          ) : (
            <StatusBadge tone="neutral">{t('accounts.status.disabled')}</StatusBadge>
          )}
          {a.status === 'active' && a.lockedUntil !== null ? (
            <StatusBadge tone="danger">
              {t('accounts.status.lockedUntil', { until: formatDateTime(a.lockedUntil) })}
            </StatusBadge>
          ) : null}
          {a.status === 'active' && a.mustChangePassphrase ? (
            <StatusBadge tone="info">{t('accounts.status.mustChange')}</StatusBadge>
          ) : null}
        </span>
      ),
    },
    {
      id: 'clinical',
      header: t('accounts.column.clinical'),
      cell: (a) => {
        const label = CLINICAL_ACCESS_LABELS[a.clinicalAccess];
        return label ? (
          <StatusBadge tone={label.tone}>{t(label.key)}</StatusBadge>
        ) : (
          <span className="muted">—</span>
        );
      },
    },
    {
      id: 'actions',
      header: t('accounts.column.actions'),
      hideHeader: true,
      cell: (a) => (
        <span className="row-actions">
          {a.status === 'active' && isLocked(a) ? (
            <RowButton
              label={t('accounts.action.unlock')}
              name={a.displayName}
              onClick={() => onAction('unlock', a)}
            />
          ) : null}
          {a.status === 'active' && a.id !== selfId ? (
            <RowButton
              label={t('accounts.action.reset')}
              name={a.displayName}
              onClick={() => onAction('reset', a)}
            />
          ) : null}
          {a.status === 'active' && a.id !== selfId ? (
            <RowButton
              label={t('accounts.action.disable')}
              name={a.displayName}
              onClick={() => onAction('disable', a)}
            />
          ) : null}
          {a.status === 'disabled' ? (
            <RowButton
              label={t('accounts.action.enable')}
              name={a.displayName}
              onClick={() => onAction('enable', a)}
            />
          ) : null}
        </span>
      ),
    },
  ];
  return (
    <SortableTable
      caption={t('accounts.table.caption')}
      columns={columns}
      rows={accounts}
      rowKey={(a) => a.id}
      countText={t('accounts.table.count', { count: accounts.length })}
      initialSort={{ columnId: 'displayName', direction: 'ascending' }}
      sortLabel={(header) => t('ui.table.sortBy', { column: header })}
      testId="accounts-table"
    />
  );
}

/** "重設密碼" on screen; "重設密碼：王小明" to a screen reader, so each row's button is distinct. */
function RowButton({
  label,
  name,
  onClick,
}: {
  readonly label: string;
  readonly name: string;
  readonly onClick: () => void;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button row-button"
      aria-label={t('ui.rowAction', { action: label, name })}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
