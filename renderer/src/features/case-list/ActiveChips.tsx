import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../../shared/i18n/index';
import { useDateFormatter } from '../../lib/format';
import { Button } from '../../ui/Button';
import { agencyQueries } from '../agencies/agencies.queries';
import { RISK, STATUS } from '../cases/case-words';
import { useRefData } from '../reference/ref-labels';
import { providerQueries, staffQueries } from '../reference/reference.queries';
import { activeFields, type CaseFilterState, type FilterField } from './case-filter';

const FIELD_KEYS: Readonly<Record<FilterField, MessageKey>> = {
  search: 'caseList.chip.search',
  status: 'caseList.filter.status',
  riskLevels: 'caseList.filter.risk',
  facets: 'caseList.filter.facet',
  overdue: 'caseList.filter.overdue',
  agencyId: 'caseList.filter.agency',
  deskOwnerId: 'caseList.filter.deskOwner',
  counsellorId: 'caseList.filter.counsellor',
  providerId: 'caseList.filter.provider',
  requestedFrom: 'caseList.filter.requestedFrom',
  requestedTo: 'caseList.filter.requestedTo',
};

/**
 * The conditions now applied, each as a chip that says what it is and removes it — the
 * answer to "why do I see only these?" at a glance.
 */
export function ActiveChips({
  filter,
  onClear,
  onClearAll,
}: {
  readonly filter: CaseFilterState;
  readonly onClear: (field: FilterField) => void;
  readonly onClearAll: () => void;
}) {
  const { t } = useTranslation();
  const formatDate = useDateFormatter();
  const ref = useRefData();
  const staff = useQuery(staffQueries.directory()).data?.staff ?? [];
  const providers = useQuery(providerQueries.list()).data?.providers ?? [];
  const agencies = useQuery(agencyQueries.all()).data?.agencies ?? [];
  const sep = t('common.listSeparator');
  const nameOf = (
    id: string | null,
    list: readonly { id: string; name?: string; displayName?: string }[],
  ) => list.find((x) => x.id === id)?.name ?? list.find((x) => x.id === id)?.displayName ?? '…';

  const valueOf = (f: FilterField): string => {
    switch (f) {
      case 'search':
        return t('caseList.chip.searchValue', { text: filter.search.trim() });
      case 'status':
        return filter.status.map((s) => t(STATUS[s].key)).join(sep);
      case 'riskLevels':
        return filter.riskLevels.map((r) => t(RISK[r].key)).join(sep);
      case 'facets':
        return filter.facets.map((c) => ref.label('facet', c)).join(sep);
      case 'overdue':
        return t('caseList.chip.yes');
      case 'agencyId':
        return t('caseList.chip.subtree', { name: nameOf(filter.agencyId, agencies) });
      case 'deskOwnerId':
        return nameOf(filter.deskOwnerId, staff);
      case 'counsellorId':
        return nameOf(filter.counsellorId, staff);
      case 'providerId':
        return nameOf(filter.providerId, providers);
      case 'requestedFrom':
        return filter.requestedFrom ? formatDate(filter.requestedFrom) : '';
      case 'requestedTo':
        return filter.requestedTo ? formatDate(filter.requestedTo) : '';
    }
  };

  const fields = activeFields(filter);
  if (fields.length === 0)
    return <p className="muted small active-chips">{t('caseList.chip.none')}</p>;
  return (
    <ul className="active-chips" aria-label={t('caseList.chip.applied')} data-testid="active-chips">
      {fields.map((f) => {
        const text = t('caseList.chip.text', { field: t(FIELD_KEYS[f]), value: valueOf(f) });
        return (
          <li key={f} className="chip" data-active="true">
            <span>{text}</span>
            <button
              type="button"
              className="chip-remove"
              aria-label={t('caseList.chip.remove', { condition: text })}
              onClick={() => onClear(f)}
            >
              ✕
            </button>
          </li>
        );
      })}
      <li>
        <Button className="row-button" onClick={onClearAll}>
          {t('caseList.chip.clearAll')}
        </Button>
      </li>
    </ul>
  );
}
