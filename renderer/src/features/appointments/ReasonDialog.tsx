import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../../shared/i18n/index';
import { looksLikeNationalId } from '../../../../shared/domain/national-id';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextAreaField } from '../../ui/TextAreaField';
import type { StatusTarget } from './useAppointmentActions';

const TEXT: Readonly<
  Record<'cancel' | StatusTarget, { title: MessageKey; body: MessageKey; confirm: MessageKey }>
> = {
  cancel: {
    title: 'appt.confirm.cancelTitle',
    body: 'appt.confirm.cancelBody',
    confirm: 'appt.action.cancel',
  },
  completed: {
    title: 'appt.confirm.completeTitle',
    body: 'appt.confirm.completeBody',
    confirm: 'appt.action.completeProvider',
  },
  noShow: {
    title: 'appt.confirm.noShowTitle',
    body: 'appt.confirm.noShowBody',
    confirm: 'appt.action.noShow',
  },
  declinedByCounsellor: {
    title: 'appt.confirm.declineTitle',
    body: 'appt.confirm.declineBody',
    confirm: 'appt.action.decline',
  },
  endedByClient: {
    title: 'appt.confirm.endedTitle',
    body: 'appt.confirm.endedBody',
    confirm: 'appt.action.ended',
  },
};

/**
 * Confirms a status change. Declining needs a short, non-clinical reason (core refuses without
 * one); ending by the client may carry one; the others take none.
 */
export function ReasonDialog({
  what,
  busy,
  onCancel,
  onConfirm,
}: {
  readonly what: 'cancel' | StatusTarget;
  readonly busy: boolean;
  readonly onCancel: () => void;
  readonly onConfirm: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const withReason = what === 'declinedByCounsellor' || what === 'endedByClient';
  const text = TEXT[what];
  return (
    <ConfirmDialog
      open
      title={t(text.title)}
      confirmLabel={t(text.confirm)}
      cancelLabel={t('appt.confirm.back')}
      busy={busy}
      onCancel={onCancel}
      onConfirm={() => {
        const r = reason.trim();
        if (what === 'declinedByCounsellor' && r === '') return setError('validation.required');
        if (r.length > 200) return setError('appt.confirm.reasonTooLong');
        if (looksLikeNationalId(r)) return setError('validation.nationalId');
        onConfirm(r);
      }}
    >
      <p>{t(text.body)}</p>
      {withReason ? (
        <TextAreaField
          label={t('appt.confirm.reason')}
          description={t('appt.confirm.reasonHelp')}
          rows={2}
          required={what === 'declinedByCounsellor'}
          requiredMark={t('common.requiredMark')}
          value={reason}
          error={error ? t(error) : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
      ) : null}
    </ConfirmDialog>
  );
}
