import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Card, EmptyState } from '../../ui/Card';
import { Notice } from '../../ui/Notice';
import { clinicalQueries } from './clinical.queries';

/** Colleagues waiting for the clinical key; granting is audited under the granter's name. */
export function PendingGrants() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const status = useQuery(clinicalQueries.status());
  const [granted, setGranted] = useState<string | null>(null);
  const grant = useMutation({
    mutationFn: (id: string) => call('clinical.grant', { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clinical'] }),
  });

  return (
    <Card title={t('clinical.pending.title')} testId="pending-grants">
      <p className="card-note">{t('clinical.pending.lead')}</p>
      {granted ? (
        <div className="page-notice">
          <Notice tone="info" title={t('clinical.pending.granted', { name: granted })} />
        </div>
      ) : null}
      {grant.isError ? (
        <p className="form-error" role="alert">
          {errorText(grant.error)}
        </p>
      ) : null}
      {status.isError ? (
        <p className="form-error">{errorText(status.error)}</p>
      ) : !status.data ? (
        <p className="status-text">{t('common.loading')}</p>
      ) : status.data.pending.length === 0 ? (
        <EmptyState>{t('clinical.pending.empty')}</EmptyState>
      ) : (
        <ul className="plain-list">
          {status.data.pending.map((p) => (
            <li key={p.id} className="list-row">
              <span>{p.displayName}</span>
              <Button
                variant="primary"
                disabled={grant.isPending}
                aria-label={t('ui.rowAction', {
                  action: t('clinical.pending.grant'),
                  name: p.displayName,
                })}
                onClick={() => grant.mutate(p.id, { onSuccess: () => setGranted(p.displayName) })}
              >
                {t('clinical.pending.grant')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
