import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RefItem } from '../../../../shared/ipc/schemas/reference';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

const refresh = (queryClient: ReturnType<typeof useQueryClient>) =>
  queryClient.invalidateQueries({ queryKey: ['reference'] });

/** 停用 / 重新啟用: a used value leaves the pick-lists but stays readable on old records. */
export function useSetActive(onDone: (active: boolean) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      call('reference.update', { id, active }),
    onSuccess: (_v, { active }) => {
      void refresh(queryClient);
      onDone(active);
    },
  });
}

/**
 * 刪除: only for a value nobody used (a typo). If core finds it in use after all, it says so
 * and the dialog offers to deactivate it instead.
 */
export function DeleteRefDialog({
  item,
  label,
  onClose,
  onDone,
}: {
  readonly item: RefItem;
  readonly label: string;
  readonly onClose: () => void;
  readonly onDone: (message: 'deleted' | 'deactivated') => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const remove = useMutation({ mutationFn: () => call('reference.delete', { id: item.id }) });
  const deactivate = useSetActive(() => onDone('deactivated'));
  const inUse =
    remove.isError &&
    isApiError(remove.error) &&
    remove.error.error.key === 'errors.referenceInUse';
  return (
    <ConfirmDialog
      open
      title={t('refAdmin.delete.title', { label })}
      confirmLabel={t('refAdmin.delete.confirm')}
      cancelLabel={t('common.cancel')}
      busy={remove.isPending}
      error={remove.isError && !inUse ? errorText(remove.error) : undefined}
      onCancel={onClose}
      onConfirm={() =>
        remove.mutate(undefined, {
          onSuccess: () => {
            void refresh(queryClient);
            onDone('deleted');
          },
        })
      }
    >
      <p>{t('refAdmin.delete.body')}</p>
      {inUse ? (
        <div className="warning-text" role="alert">
          <p>{errorText(remove.error)}</p>
          <p>
            <Button
              variant="primary"
              disabled={deactivate.isPending}
              onClick={() => deactivate.mutate({ id: item.id, active: false })}
            >
              {t('refAdmin.action.deactivate')}
            </Button>
          </p>
        </div>
      ) : null}
    </ConfirmDialog>
  );
}
