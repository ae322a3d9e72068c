import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { extensionRow } from '../../../../shared/ipc/schemas/quota';
import { useErrorText } from '../../lib/errors';
import { useDateTimeFormatter } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Card, EmptyState } from '../../ui/Card';
import { formatHours } from '../appointments/appointment-words';
import { DecideExtensionDialog } from './DecideExtensionDialog';
import { quotaQueries } from './quota.queries';

export type ExtensionRow = z.infer<typeof extensionRow>;

/** A counsellor's list of extension requests waiting for an assessment (home page card). */
export function PendingExtensions() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const when = useDateTimeFormatter();
  const q = useQuery(quotaQueries.pendingExtensions());
  const [deciding, setDeciding] = useState<{ row: ExtensionRow; approve: boolean } | null>(null);
  const [decided, setDecided] = useState<string | null>(null);
  const rows = q.data?.extensions ?? [];
  return (
    <Card title={t('home.counsellor.extensions')} testId="pending-extensions">
      {decided ? (
        <p className="result-ok" role="status">
          {decided}
        </p>
      ) : null}
      {q.isError ? (
        <p className="form-error">{errorText(q.error)}</p>
      ) : !q.data ? (
        <p className="status-text">{t('common.loading')}</p>
      ) : rows.length === 0 ? (
        <EmptyState>{t('home.counsellor.extensionsEmpty')}</EmptyState>
      ) : (
        <ul className="plain-list">
          {rows.map((r) => (
            <li key={r.id} className="list-row extension-row">
              <div>
                <strong>{r.client.name}</strong>{' '}
                {t('quota.pending.hours', { hours: formatHours(r.hours), year: r.year - 1911 })}
                <p className="small">{r.reason}</p>
                <p className="small muted">
                  {t('quota.pending.by', {
                    name: r.requestedBy.displayName,
                    at: when(r.requestedAt),
                  })}
                </p>
              </div>
              <div className="row-actions">
                <Button
                  aria-label={t('ui.rowAction', {
                    action: t('quota.decide.approve'),
                    name: r.client.name,
                  })}
                  onClick={() => setDeciding({ row: r, approve: true })}
                >
                  {t('quota.decide.approve')}
                </Button>
                <Button
                  aria-label={t('ui.rowAction', {
                    action: t('quota.decide.decline'),
                    name: r.client.name,
                  })}
                  onClick={() => setDeciding({ row: r, approve: false })}
                >
                  {t('quota.decide.decline')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {deciding ? (
        <DecideExtensionDialog
          row={deciding.row}
          approve={deciding.approve}
          onClose={(result) => {
            setDeciding(null);
            if (result) setDecided(result);
          }}
        />
      ) : null}
    </Card>
  );
}
