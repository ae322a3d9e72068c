import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseListRow } from '../../../../shared/ipc/schemas/case-list';
import { useErrorText } from '../../lib/errors';
import { Card, EmptyState } from '../../ui/Card';
import { RiskBadge } from '../cases/CaseBadges';
import { homeQueries } from '../case-list/case-list.queries';
import { FollowUpDate } from '../case-list/FollowUpDate';
import '../case-list/case-list.css';

/**
 * The signed-in person's follow-ups (desk owner or counsellor of the case): overdue ones, most
 * overdue first, saying by how much, and today's. Names are shown here because only the desk's
 * and counsellors' homes use this — never the statistics reader's.
 */
export function FollowUps() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const summary = useQuery(homeQueries.summary());
  const body = (rows: readonly CaseListRow[] | undefined, count: number, empty: string) => {
    if (summary.isError) return <p className="form-error">{errorText(summary.error)}</p>;
    if (!rows) return <p className="status-text">{t('common.loading')}</p>;
    if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
    return (
      <>
        <ul className="follow-up-list">
          {rows.map((r) => (
            <li key={r.id}>
              <Link to={`/cases/${r.id}`} className="follow-up-link">
                <span className="mono">{r.caseNumber}</span>
                <span className="follow-up-name">{r.clientName}</span>
              </Link>
              <RiskBadge level={r.riskLevel} />
              <FollowUpDate on={r.nextFollowUp} overdueDays={r.overdueDays} />
            </li>
          ))}
        </ul>
        {count > rows.length ? (
          <p className="small">
            <Link to="/cases">{t('home.followUps.more', { count: count - rows.length })}</Link>
          </p>
        ) : null}
      </>
    );
  };
  const data = summary.data;
  return (
    <>
      <Card
        title={t('home.followUps.overdue', { count: data?.overdue.count ?? 0 })}
        tone={data && data.overdue.count > 0 ? 'attention' : 'plain'}
        testId="overdue-follow-ups"
      >
        {body(data?.overdue.cases, data?.overdue.count ?? 0, t('home.followUps.overdueEmpty'))}
      </Card>
      <Card
        title={t('home.followUps.today', { count: data?.dueToday.count ?? 0 })}
        testId="today-follow-ups"
      >
        {body(data?.dueToday.cases, data?.dueToday.count ?? 0, t('home.followUps.todayEmpty'))}
      </Card>
    </>
  );
}
