import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Card } from '../../ui/Card';
import { StatusBadge } from '../../ui/StatusBadge';
import { clinicalQueries } from './clinical.queries';

/**
 * For the administrator: whether the clinical key and its escrow exist and who waits for access.
 * The administrator never holds that key; this only says what counsellors still have to do.
 */
export function ClinicalKeySummary() {
  const { t } = useTranslation();
  const status = useQuery(clinicalQueries.status());
  if (!status.data) return null;
  const s = status.data;
  return (
    <Card title={t('clinical.summary.title')} testId="clinical-summary">
      <p className="badges">
        {s.initialised ? (
          <StatusBadge tone="ok">
            {t('clinical.summary.keyExists', { count: s.holders })}
          </StatusBadge>
        ) : (
          <StatusBadge tone="warning">{t('clinical.summary.noKey')}</StatusBadge>
        )}
        {s.initialised ? (
          s.escrowExists ? (
            <StatusBadge tone="ok">{t('clinical.summary.escrowExists')}</StatusBadge>
          ) : (
            <StatusBadge tone="warning">{t('clinical.summary.noEscrow')}</StatusBadge>
          )
        ) : null}
        {s.pending.length > 0 ? (
          <StatusBadge tone="info">
            {t('clinical.summary.pending', { count: s.pending.length })}
          </StatusBadge>
        ) : null}
      </p>
      <p className="card-note">
        {t(s.initialised ? 'clinical.summary.grantHint' : 'clinical.summary.createHint')}
      </p>
    </Card>
  );
}
