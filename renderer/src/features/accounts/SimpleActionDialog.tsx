import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { refreshAccounts } from './accounts.queries';

/** Disable an account or lift its lockout: a question, then one call with the id. */
export function SimpleActionDialog({
  id,
  channel,
  title,
  children,
  confirmLabel,
  onClose,
  onDone,
}: {
  readonly id: string;
  readonly channel: 'accounts.disable' | 'accounts.unlock';
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly onClose: () => void;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const mutation = useMutation({ mutationFn: () => call(channel, { id }) });
  return (
    <ConfirmDialog
      open
      title={title}
      confirmLabel={confirmLabel}
      cancelLabel={t('common.cancel')}
      busy={mutation.isPending}
      error={mutation.isError ? errorText(mutation.error) : undefined}
      onCancel={onClose}
      onConfirm={() =>
        mutation.mutate(undefined, {
          onSuccess: () => {
            void refreshAccounts(queryClient);
            onDone();
          },
        })
      }
    >
      {children}
    </ConfirmDialog>
  );
}
