import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/domain/app-state';
import type { MessageKey } from '../../../../shared/i18n/index';
import { Page } from '../../ui/Page';
import { useSession } from '../auth/auth.queries';
import { AdminHome } from './AdminHome';
import { CounsellorHome } from './CounsellorHome';
import { DeskHome } from './DeskHome';
import { StatisticsHome } from './StatisticsHome';

const DESCRIPTIONS: Readonly<Record<Role, MessageKey>> = {
  desk: 'home.description.desk',
  counsellor: 'home.description.counsellor',
  statistics: 'home.description.statistics',
  admin: 'home.description.admin',
};

/** 首頁: each role sees its own day (UX.md). */
export function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <Page title={t('home.title')} description={t(DESCRIPTIONS[session.role])}>
      {session.role === 'desk' ? (
        <DeskHome />
      ) : session.role === 'counsellor' ? (
        <CounsellorHome clinicalAccess={session.clinicalAccess} />
      ) : session.role === 'statistics' ? (
        <StatisticsHome />
      ) : (
        <AdminHome />
      )}
    </Page>
  );
}
