import { useTranslation } from 'react-i18next';
import { Card, EmptyState } from '../../ui/Card';
import { FollowUps } from './FollowUps';

/** The service desk's day: appointments, overdue follow-ups, referrals, open crises. */
export function DeskHome() {
  const { t } = useTranslation();
  return (
    <div className="card-grid">
      <Card title={t('home.desk.appointments')}>
        <EmptyState>{t('home.desk.appointmentsEmpty')}</EmptyState>
      </Card>
      <FollowUps />
      <Card title={t('home.desk.referrals')}>
        <EmptyState>{t('home.desk.referralsEmpty')}</EmptyState>
      </Card>
      <Card title={t('home.desk.crises')}>
        <EmptyState>{t('home.desk.crisesEmpty')}</EmptyState>
      </Card>
    </div>
  );
}
