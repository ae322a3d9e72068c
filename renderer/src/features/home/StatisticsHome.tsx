import { useTranslation } from 'react-i18next';
import { Card, EmptyState } from '../../ui/Card';

/** A statistics reader's home: this quarter's figures, counts only, never a name (UX.md). */
export function StatisticsHome() {
  const { t } = useTranslation();
  return (
    <div className="card-grid">
      <Card title={t('home.statistics.quarter')}>
        <EmptyState>{t('home.statistics.quarterEmpty')}</EmptyState>
      </Card>
    </div>
  );
}
