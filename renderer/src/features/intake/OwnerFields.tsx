import { useQuery } from '@tanstack/react-query';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ComboOption } from '../../ui/Combobox';
import { ROLE_KEYS } from '../auth/roles';
import { providerQueries, staffQueries } from '../reference/reference.queries';
import { BoundCombobox } from './BoundCombobox';
import { FormDate } from './FormDate';
import type { IntakeValues } from './intake-form';

/**
 * 承辦與追蹤: the desk owner (logistics and follow-up; by default the person typing), the
 * counsellor (an in-house counsellor's account) or the contracted provider, and the next
 * follow-up date (every open case has one, so overdue ones reach their owner).
 */
export function OwnerFields<X>({
  control,
  showDateErrors,
}: {
  readonly control: Control<IntakeValues, unknown, X>;
  readonly showDateErrors: boolean;
}) {
  const { t } = useTranslation();
  const staff = useQuery(staffQueries.directory());
  const providers = useQuery(providerQueries.list());
  const people = staff.data?.staff ?? [];
  const owners: ComboOption[] = people.map((p) => ({
    value: p.id,
    label: p.displayName,
    detail: t(ROLE_KEYS[p.role]),
  }));
  const counsellors: ComboOption[] = people
    .filter((p) => p.role === 'counsellor')
    .map((p) => ({ value: p.id, label: p.displayName }));
  const providerOptions: ComboOption[] = (providers.data?.providers ?? []).map((p) => ({
    value: p.id,
    label: p.name,
    ...(p.active ? {} : { inactive: true }),
  }));
  return (
    <div className="form-grid" data-columns="2">
      <BoundCombobox
        control={control}
        name="deskOwnerId"
        label={t('cases.field.deskOwner')}
        description={t('cases.field.deskOwnerHelp')}
        options={owners}
        required
      />
      <FormDate
        control={control}
        name="nextFollowUp"
        label={t('cases.field.nextFollowUp')}
        showError={showDateErrors}
      />
      <BoundCombobox
        control={control}
        name="counsellorId"
        label={t('cases.field.counsellor')}
        description={t('cases.field.counsellorHelp')}
        options={counsellors}
      />
      <BoundCombobox
        control={control}
        name="providerId"
        label={t('cases.field.provider')}
        description={t('cases.field.providerHelp')}
        options={providerOptions}
      />
    </div>
  );
}
