import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormatter } from '../../lib/format';
import { Combobox, type ComboOption } from '../../ui/Combobox';
import { DateField, readDate, type DateValue } from '../../ui/DateField';
import { agencyOptions, agencyQueries } from '../agencies/agencies.queries';
import { providerQueries, staffQueries } from '../reference/reference.queries';
import type { CaseFilterState } from './case-filter';

type Patch = (patch: Partial<CaseFilterState>) => void;

/**
 * The single-valued conditions: people, agency (with everything under it) and the requested
 * date range. Pick-lists are searchable by any part of a name; dates take ROC or Gregorian and
 * apply once they parse.
 */
export function MoreFilters({
  filter,
  onChange,
}: {
  readonly filter: CaseFilterState;
  readonly onChange: Patch;
}) {
  const { t } = useTranslation();
  const staff = useQuery(staffQueries.directory());
  const providers = useQuery(providerQueries.list());
  const agencies = useQuery(agencyQueries.all());
  const people = (role: 'desk' | 'counsellor'): ComboOption[] =>
    (staff.data?.staff ?? [])
      .filter((s) => s.role === role)
      .map((s) => ({ value: s.id, label: s.displayName }));
  const providerOptions: ComboOption[] = (providers.data?.providers ?? []).map((p) => ({
    value: p.id,
    label: p.name,
    ...(p.active ? {} : { inactive: true }),
  }));
  const loading = t('common.loading');
  return (
    <div className="filter-grid">
      <Combobox
        label={t('caseList.filter.agency')}
        description={t('caseList.filter.agencyHelp')}
        options={agencyOptions(agencies.data?.agencies ?? [])}
        value={filter.agencyId}
        onChange={(agencyId) => onChange({ agencyId })}
        pendingText={agencies.isPending ? loading : undefined}
        testId="filter-agency"
      />
      <Combobox
        label={t('caseList.filter.deskOwner')}
        options={people('desk')}
        value={filter.deskOwnerId}
        onChange={(deskOwnerId) => onChange({ deskOwnerId })}
        pendingText={staff.isPending ? loading : undefined}
      />
      <Combobox
        label={t('caseList.filter.counsellor')}
        options={people('counsellor')}
        value={filter.counsellorId}
        onChange={(counsellorId) => onChange({ counsellorId })}
        pendingText={staff.isPending ? loading : undefined}
      />
      <Combobox
        label={t('caseList.filter.provider')}
        options={providerOptions}
        value={filter.providerId}
        onChange={(providerId) => onChange({ providerId })}
        pendingText={providers.isPending ? loading : undefined}
      />
      <RangeDate
        label={t('caseList.filter.requestedFrom')}
        iso={filter.requestedFrom}
        onIso={(requestedFrom) => onChange({ requestedFrom })}
      />
      <RangeDate
        label={t('caseList.filter.requestedTo')}
        iso={filter.requestedTo}
        onIso={(requestedTo) => onChange({ requestedTo })}
      />
    </div>
  );
}

/** A date condition: the typed text stays local; the filter changes when it means a day (or nothing). */
function RangeDate({
  label,
  iso,
  onIso,
}: {
  readonly label: string;
  readonly iso: string | null;
  readonly onIso: (iso: string | null) => void;
}) {
  const format = useDateFormatter();
  const [value, setValue] = useState<DateValue>(() => readDate(iso ? format(iso) : ''));
  // A chip removed or a saved filter applied changes the day from outside: show that day.
  if (value.iso !== iso && value.failure === null) setValue(readDate(iso ? format(iso) : ''));
  return (
    <DateField
      label={label}
      value={value}
      onChange={(v) => {
        setValue(v);
        if (v.failure === null && v.iso !== iso) onIso(v.iso);
      }}
    />
  );
}
