import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * Esc or Cancel on a form (UX.md): closes at once when nothing was typed, asks first when
 * something was. Render `guard` next to the form.
 */
export function useDiscardGuard(
  dirty: boolean,
  close: () => void,
): {
  readonly requestClose: () => void;
  readonly guard: ReactNode;
} {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const guard = (
    <ConfirmDialog
      open={asking}
      title={t('common.discard.title')}
      confirmLabel={t('common.discard.confirm')}
      cancelLabel={t('common.discard.cancel')}
      onConfirm={() => {
        setAsking(false);
        close();
      }}
      onCancel={() => setAsking(false)}
    >
      <p>{t('common.discard.body')}</p>
    </ConfirmDialog>
  );
  return { requestClose: () => (dirty ? setAsking(true) : close()), guard };
}
