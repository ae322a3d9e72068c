import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionInfo } from '../../../../shared/ipc/schemas/auth';
import { Card } from '../../ui/Card';
import { PendingExtensions } from '../quota/PendingExtensions';
import { BreakGlassNotices } from './BreakGlassNotices';
import { FollowUps } from './FollowUps';
import { NotesToFinish } from './NotesToFinish';
import { TodayAppointments } from './TodayAppointments';

/**
 * A counsellor's day: sessions, notes to finish, extension requests. Until the clinical key
 * exists, creating its escrow code comes first; a counsellor waiting for access is told who
 * can give it.
 */
export function CounsellorHome({
  clinicalAccess,
}: {
  readonly clinicalAccess: SessionInfo['clinicalAccess'];
}) {
  const { t } = useTranslation();
  return (
    <>
      {clinicalAccess === 'needsEscrow' ? (
        <Card title={t('home.counsellor.escrowTitle')} tone="attention" testId="escrow-card">
          <p>{t('home.counsellor.escrowBody')}</p>
          <p>
            <Link className="button" data-variant="primary" to="/clinical">
              {t('home.counsellor.escrowAction')}
            </Link>
          </p>
        </Card>
      ) : clinicalAccess === 'pending' ? (
        <Card title={t('home.counsellor.pendingTitle')} tone="attention" testId="pending-card">
          <p>{t('home.counsellor.pendingBody')}</p>
        </Card>
      ) : null}
      <BreakGlassNotices />
      <div className="card-grid">
        <TodayAppointments showWho={false} />
        <NotesToFinish />
        <FollowUps />
        <PendingExtensions />
      </div>
    </>
  );
}
