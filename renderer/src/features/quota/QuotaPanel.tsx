import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { formatHours } from '../appointments/appointment-words';
import { ExtensionRequestDialog } from './ExtensionRequestDialog';
import { quotaQueries } from './quota.queries';

/**
 * 補助時數: the client's entitlement this plan year, extensions, what is used and booked, what
 * is left and what is self-paid (logistics, SECURITY.md §4: desk and counsellors alike).
 */
export function QuotaPanel({
  clientId,
  canRequest = true,
}: {
  readonly clientId: string;
  readonly canRequest?: boolean;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const q = useQuery(quotaQueries.forClient(clientId));
  const [asking, setAsking] = useState(false);
  const [sent, setSent] = useState(false);
  const quota = q.data?.quota;
  const rows: [string, number, string?][] = quota
    ? [
        [t('quota.panel.entitlement'), quota.entitlementHours],
        [t('quota.panel.extension'), quota.extensionApprovedHours],
        [t('quota.panel.used'), quota.usedHours],
        [t('quota.panel.booked'), quota.bookedHours],
        [t('quota.panel.remaining'), quota.remainingHours, 'remaining'],
        [t('quota.panel.selfPaid'), quota.selfPaidHours],
      ]
    : [];
  return (
    <Card title={t('quota.panel.title')} testId="quota-panel">
      {q.isError ? (
        <p className="form-error">{errorText(q.error)}</p>
      ) : !quota ? (
        <p className="status-text">{t('common.loading')}</p>
      ) : (
        <>
          <p className="card-note">{t('quota.panel.year', { year: quota.year - 1911 })}</p>
          <dl className="summary-list quota-figures">
            {rows.map(([label, hours, id]) => (
              <div key={label} data-figure={id}>
                <dt>{label}</dt>
                <dd>{t('quota.hours', { hours: formatHours(hours) })}</dd>
              </div>
            ))}
          </dl>
          {quota.byKind.providerHours > 0 ||
          quota.byKind.lateCancellationHours > 0 ||
          quota.byKind.noShowHours > 0 ? (
            <p className="small muted">
              {t('quota.panel.byKind', {
                sessions: formatHours(quota.byKind.sessionHours),
                provider: formatHours(quota.byKind.providerHours),
                late: formatHours(quota.byKind.lateCancellationHours + quota.byKind.noShowHours),
              })}
            </p>
          ) : null}
          {quota.extensionPendingHours > 0 ? (
            <p className="warning-text">
              {t('quota.panel.pending', { hours: formatHours(quota.extensionPendingHours) })}
            </p>
          ) : null}
          {sent ? (
            <p className="result-ok" role="status">
              {t('quota.request.sent')}
            </p>
          ) : null}
          {canRequest ? (
            <div className="form-actions">
              <Button onClick={() => setAsking(true)}>{t('quota.request.action')}</Button>
            </div>
          ) : null}
          {asking ? (
            <ExtensionRequestDialog
              clientId={clientId}
              year={quota.year}
              cap={quota.rule.extensionHours}
              onClose={(didSend) => {
                setAsking(false);
                if (didSend) setSent(true);
              }}
            />
          ) : null}
        </>
      )}
    </Card>
  );
}
