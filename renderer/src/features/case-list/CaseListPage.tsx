import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CASE_STATUSES, RISK_LEVELS } from '../../../../shared/domain/reference-lists';
import type { CaseListFilter, CaseListRow } from '../../../../shared/ipc/schemas/case-list';
import { useErrorText } from '../../lib/errors';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { Page } from '../../ui/Page';
import { useKeysetList } from '../../ui/useKeysetList';
import { useSession } from '../auth/auth.queries';
import { RISK, STATUS } from '../cases/case-words';
import { useRefData } from '../reference/ref-labels';
import { ActiveChips } from './ActiveChips';
import {
  activeFields,
  clearField,
  EMPTY_FILTER,
  fromListFilter,
  toggleValue,
  toListFilter,
  type CaseFilterState,
} from './case-filter';
import { caseListKeys, fetchCasePage } from './case-list.queries';
import { useCaseColumns } from './case-columns';
import { MoreFilters } from './MoreFilters';
import { SavedFilters } from './SavedFilters';
import { SortSelect } from './SortSelect';
import { ToggleChips } from './ToggleChips';
import './case-list.css';

/** Risk shapes as in the badges: the word says it, the shape repeats it without colour. */
const RISK_MARK = { general: '○', concern: '◆', high: '▲', crisis: '■' } as const;

/**
 * The filters a person last used, per person, in memory only: coming back from a case finds the
 * list as it was; a reload or another person starts afresh (never web storage).
 */
const lastFilter = new Map<string, CaseFilterState>();

/** 個案一覽: every case the person may see, filtered and sorted in SQL, paged by keyset. */
export function CaseListPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const session = useSession();
  const ref = useRefData();
  const [filter, setFilter] = useState<CaseFilterState>(
    () => lastFilter.get(session.accountId) ?? EMPTY_FILTER,
  );
  const [searchText, setSearchText] = useState(filter.search);
  const search = useDebouncedValue(searchText, 300);
  const patch = (p: Partial<CaseFilterState>) => setFilter({ ...filter, ...p });
  const effective: CaseFilterState = { ...filter, search };
  useEffect(() => {
    lastFilter.set(session.accountId, { ...filter, search });
  }, [session.accountId, filter, search]);
  const apiFilter = toListFilter(effective);

  const list = useKeysetList(caseListKeys.list(apiFilter), (cursor) =>
    fetchCasePage(apiFilter, cursor),
  );
  const columns = useCaseColumns();
  const apply = (f: CaseListFilter) => {
    const next = fromListFilter(f);
    setFilter(next);
    setSearchText(next.search);
  };
  const clearAll = () => apply({ sort: filter.sort, dir: filter.dir });
  const filtered = activeFields(effective).length > 0;

  return (
    <Page title={t('caseList.title')} description={t('caseList.description')}>
      <div className="case-list">
        <div className="case-list-toolbar">
          <div className="field case-search">
            <label className="field-label" htmlFor="case-search">
              {t('caseList.search.label')}
            </label>
            <input
              id="case-search"
              type="search"
              autoComplete="off"
              spellCheck={false}
              value={searchText}
              placeholder={t('caseList.search.placeholder')}
              aria-describedby="case-search-help"
              onChange={(e) => setSearchText(e.target.value)}
            />
            <p id="case-search-help" className="field-description">
              {t('caseList.search.help')}
            </p>
          </div>
          <SortSelect
            sort={filter.sort}
            dir={filter.dir}
            onChange={(sort, dir) => patch({ sort, dir })}
          />
        </div>
        <div className="chip-rows">
          <ToggleChips
            label={t('caseList.filter.status')}
            options={CASE_STATUSES.map((s) => ({ value: s, label: t(STATUS[s].key) }))}
            selected={filter.status}
            onToggle={(s) => patch({ status: toggleValue(filter.status, s) })}
            testId="chips-status"
          />
          <ToggleChips
            label={t('caseList.filter.risk')}
            options={RISK_LEVELS.map((r) => ({
              value: r,
              label: t(RISK[r].key),
              mark: RISK_MARK[r],
            }))}
            selected={filter.riskLevels}
            onToggle={(r) => patch({ riskLevels: toggleValue(filter.riskLevels, r) })}
            testId="chips-risk"
          />
          <ToggleChips
            label={t('caseList.filter.facet')}
            options={ref
              .items('facet')
              .filter((i) => i.active)
              .map((i) => ({ value: i.code, label: ref.label('facet', i.code) }))}
            selected={filter.facets}
            onToggle={(c) => patch({ facets: toggleValue(filter.facets, c) })}
            testId="chips-facet"
          />
          <ToggleChips
            label={t('caseList.filter.followUp')}
            options={[{ value: 'overdue', label: t('caseList.filter.overdueOnly') }]}
            selected={filter.overdue ? ['overdue'] : []}
            onToggle={() => patch({ overdue: !filter.overdue })}
            testId="chips-overdue"
          />
        </div>
        <details className="more-filters" open={filter.agencyId !== null || undefined}>
          <summary>{t('caseList.filter.more')}</summary>
          <MoreFilters filter={filter} onChange={patch} />
        </details>
        <ActiveChips
          filter={effective}
          onClear={(f) => (f === 'search' ? setSearchText('') : setFilter(clearField(filter, f)))}
          onClearAll={clearAll}
        />
        <SavedFilters current={apiFilter} onApply={apply} />
        <DataTable<CaseListRow>
          id="case-list"
          caption={t('caseList.caption')}
          columns={columns}
          rows={list.rows}
          rowKey={(r) => r.id}
          rowLabel={(r) => r.caseNumber}
          total={list.total}
          sort={{ id: filter.sort, desc: filter.dir === 'desc' }}
          onSortChange={(s) =>
            patch({ sort: s.id as CaseFilterState['sort'], dir: s.desc ? 'desc' : 'asc' })
          }
          onOpen={(r) => void navigate(`/cases/${r.id}`)}
          hasMore={list.hasMore}
          isPending={list.isPending}
          isFetchingMore={list.isFetchingMore}
          loadMore={list.loadMore}
          errorText={list.error ? errorText(list.error) : undefined}
          onRetry={list.retry}
          testId="case-table"
          empty={
            filtered ? (
              <>
                <p>{t('caseList.empty.filtered')}</p>
                <Button onClick={clearAll}>{t('caseList.chip.clearAll')}</Button>
              </>
            ) : (
              <p>{t('caseList.empty.none')}</p>
            )
          }
        />
      </div>
    </Page>
  );
}
