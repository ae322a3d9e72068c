import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { useDateFormatter } from '../../lib/format';
import { useOfficeToday } from '../app/useOfficeToday';
import { isMessageKey, type MessageKey } from '../../../../shared/i18n/index';
import { Button } from '../../ui/Button';
import { DateField, readDate, type DateValue } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { Form } from '../../ui/Form';

/**
 * 撤回同意: the person takes back a consent from a given day. The entry stays in the ledger
 * with its withdrawal date; what it allowed stops from that day.
 */
export function WithdrawConsentDialog({
  consentId,
  kindLabel,
  onClose,
  onDone,
}: {
  readonly consentId: string;
  readonly kindLabel: string;
  readonly onClose: () => void;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const formatDate = useDateFormatter();
  const officeToday = useOfficeToday();
  const [on, setOn] = useState<DateValue>(() => readDate(formatDate(officeToday), true));
  const [submitted, setSubmitted] = useState(false);
  const [issueKey, setIssueKey] = useState<MessageKey | null>(null);
  const withdraw = useMutation({
    mutationFn: (withdrawnOn: string) => call('consents.withdraw', { id: consentId, withdrawnOn }),
  });
  return (
    <Dialog
      open
      title={t('cases.consent.withdrawTitle', { kind: kindLabel })}
      onClose={onClose}
      size="small"
    >
      <Form
        aria-label={t('cases.consent.withdrawTitle', { kind: kindLabel })}
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(true);
          setIssueKey(null);
          if (!on.iso) return;
          withdraw.mutate(on.iso, {
            onSuccess: onDone,
            onError: (err) => {
              const first = isApiError(err) ? err.error.issues?.[0] : undefined;
              if (first && isMessageKey(first.key)) setIssueKey(first.key);
            },
          });
        }}
      >
        <p className="dialog-lead">{t('cases.consent.withdrawBody')}</p>
        <DateField
          label={t('cases.consent.withdrawnOn')}
          value={on}
          onChange={setOn}
          required
          requiredMark={t('common.requiredMark')}
          showError={submitted}
          error={issueKey ? t(issueKey) : undefined}
        />
        {withdraw.isError && !issueKey ? (
          <p className="form-error" role="alert">
            {errorText(withdraw.error)}
          </p>
        ) : null}
        <div className="dialog-actions">
          <Button autoFocus onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            variant="primary"
            disabled={withdraw.isPending}
            aria-busy={withdraw.isPending}
          >
            {t('cases.consent.withdrawConfirm')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
