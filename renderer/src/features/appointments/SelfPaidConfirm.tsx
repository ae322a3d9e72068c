import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../../shared/i18n/index';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatHours } from './appointment-words';

const TEXT: Readonly<
  Record<'book' | 'move', { body: MessageKey; confirm: MessageKey; cancel: MessageKey }>
> = {
  book: {
    body: 'appt.book.selfPaidBody',
    confirm: 'appt.book.selfPaidConfirm',
    cancel: 'appt.book.selfPaidCancel',
  },
  move: {
    body: 'appt.move.selfPaidBody',
    confirm: 'appt.move.selfPaidConfirm',
    cancel: 'appt.move.selfPaidCancel',
  },
};

/**
 * Core refused the time as beyond the subsidy (errors.quotaExceeded): the desk tells the caller
 * and books it as self-paid only on an explicit yes. Shared by booking and moving.
 */
export function SelfPaidConfirm({
  what,
  remaining,
  busy,
  onConfirm,
  onCancel,
}: {
  readonly what: 'book' | 'move';
  /** Hours left, from core's refusal; null when not asking. */
  readonly remaining: number | null;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const text = TEXT[what];
  return (
    <ConfirmDialog
      open={remaining !== null}
      title={t('appt.book.selfPaidTitle')}
      confirmLabel={t(text.confirm)}
      cancelLabel={t(text.cancel)}
      busy={busy}
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      <p>{t(text.body, { remaining: formatHours(remaining ?? 0) })}</p>
    </ConfirmDialog>
  );
}
