import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseDetail } from '../../../../shared/ipc/schemas/cases';
import { CaseTimeline } from './CaseTimeline';
import { caseEvents, type TimelineEvent } from './timeline';

/**
 * What the case list work adds to the case page: the timeline of everything that happened and
 * the way to the internal printout. `more` takes event lists from other sources (sessions,
 * referrals) as they arrive.
 */
export function CaseRecordExtras({
  c,
  more = [],
}: {
  readonly c: CaseDetail;
  readonly more?: readonly (readonly TimelineEvent[])[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="page-toolbar">
        <Link className="button" to={`/print/case/${c.id}`} data-testid="print-case">
          {t('caseList.print')}
        </Link>
      </p>
      <CaseTimeline sources={[caseEvents(c), ...more]} />
    </>
  );
}
