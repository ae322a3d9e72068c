import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Combobox, type ComboOption } from '../../ui/Combobox';
import { providerQueries, staffQueries } from '../reference/reference.queries';
import type { CalendarOwner } from './appointments.queries';

/** 'counsellor:<id>' | 'provider:<id>' — one pick-list over both kinds of calendar. */
export const ownerValue = (o: CalendarOwner | null): string | null =>
  o ? `${o.kind}:${o.id}` : null;

export function parseOwner(value: string | null): CalendarOwner | null {
  if (!value) return null;
  const [kind, id] = value.split(':');
  if (!id) return null;
  return kind === 'counsellor' || kind === 'provider' ? { kind, id } : null;
}

/** The in-house counsellors and the (active) providers as pick-list options. */
export function useOwnerOptions(): { options: ComboOption[]; loading: boolean } {
  const { t } = useTranslation();
  const staff = useQuery(staffQueries.directory());
  const providers = useQuery(providerQueries.list());
  const options: ComboOption[] = [
    ...(staff.data?.staff ?? [])
      .filter((s) => s.role === 'counsellor')
      .map((s) => ({
        value: `counsellor:${s.id}`,
        label: s.displayName,
        detail: t('appt.owner.inHouse'),
      })),
    ...(providers.data?.providers ?? []).map((p) => ({
      value: `provider:${p.id}`,
      label: p.name,
      detail: t('appt.owner.provider'),
      inactive: !p.active,
    })),
  ];
  return { options, loading: staff.isPending || providers.isPending };
}

/** A provider's counsellors (reference data); they usually have no account. */
export function useProviderCounsellors(providerId: string | null): ComboOption[] {
  const providers = useQuery(providerQueries.list());
  const p = providers.data?.providers.find((x) => x.id === providerId);
  return (p?.counsellors ?? []).map((c) => ({ value: c.id, label: c.name, inactive: !c.active }));
}

/** Pick whose calendar (or for whom a booking is): a counsellor or a provider, then optionally one of its counsellors. */
export function OwnerPicker({
  value,
  onChange,
  label,
  error,
  required = false,
}: {
  readonly value: CalendarOwner | null;
  readonly onChange: (owner: CalendarOwner | null) => void;
  readonly label: string;
  readonly error?: string | undefined;
  readonly required?: boolean;
}) {
  const { t } = useTranslation();
  const { options } = useOwnerOptions();
  const providerCounsellors = useProviderCounsellors(value?.kind === 'provider' ? value.id : null);
  return (
    <>
      <Combobox
        label={label}
        options={options}
        value={ownerValue(value)}
        onChange={(v) => onChange(parseOwner(v))}
        error={error}
        required={required}
        requiredMark={t('common.requiredMark')}
        testId="owner-picker"
      />
      {value?.kind === 'provider' && providerCounsellors.length > 0 ? (
        <Combobox
          label={t('appt.field.providerCounsellor')}
          description={t('appt.field.providerCounsellorHelp')}
          options={providerCounsellors}
          value={value.counsellorId ?? null}
          onChange={(v) =>
            onChange({ kind: 'provider', id: value.id, counsellorId: v ?? undefined })
          }
        />
      ) : null}
    </>
  );
}
