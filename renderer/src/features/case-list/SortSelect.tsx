import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../../shared/i18n/index';
import { CASE_SORTS, type CaseSort } from '../../../../shared/ipc/schemas/case-list';

const SORT_KEYS: Readonly<Record<CaseSort, MessageKey>> = {
  updatedAt: 'caseList.sort.updatedAt',
  requestedOn: 'caseList.sort.requestedOn',
  caseNumber: 'caseList.sort.caseNumber',
  nextFollowUp: 'caseList.sort.nextFollowUp',
};

/** Dates read newest first, numbers and follow-ups soonest first, as a person expects. */
const NATURAL_DIR: Readonly<Record<CaseSort, 'asc' | 'desc'>> = {
  updatedAt: 'desc',
  requestedOn: 'desc',
  caseNumber: 'desc',
  nextFollowUp: 'asc',
};

/**
 * The order of the list, also for the one sort no column shows (recently changed, the default);
 * column headers flip the direction.
 */
export function SortSelect({
  sort,
  dir,
  onChange,
}: {
  readonly sort: CaseSort;
  readonly dir: 'asc' | 'desc';
  readonly onChange: (sort: CaseSort, dir: 'asc' | 'desc') => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field case-sort">
      <label className="field-label" htmlFor="case-sort">
        {t('caseList.sort.label')}
      </label>
      <select
        id="case-sort"
        value={sort}
        onChange={(e) => {
          const next = e.target.value as CaseSort;
          onChange(next, NATURAL_DIR[next]);
        }}
      >
        {CASE_SORTS.map((s) => (
          <option key={s} value={s}>
            {t(SORT_KEYS[s])}
          </option>
        ))}
      </select>
      <p className="field-description">
        {dir === 'desc' ? t('caseList.sort.desc') : t('caseList.sort.asc')}
      </p>
    </div>
  );
}
