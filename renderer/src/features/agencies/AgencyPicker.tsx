import { useQuery } from '@tanstack/react-query';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../lib/form-errors';
import { Combobox } from '../../ui/Combobox';
import { agencyOptions, agencyQueries } from './agencies.queries';

/** The agency tree as a searchable pick-list (社會 finds 社會局), bound to a form field. */
export function AgencyPicker<T extends FieldValues, X = T>({
  control,
  name,
  label,
  description,
  required = false,
  exclude,
  disabled = false,
}: {
  readonly control: Control<T, unknown, X>;
  readonly name: Path<T>;
  readonly label: string;
  readonly description?: string | undefined;
  readonly required?: boolean;
  /** Ids that may not be picked (an agency cannot move under itself). */
  readonly exclude?: ReadonlySet<string>;
  readonly disabled?: boolean;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const agencies = useQuery(agencyQueries.all());
  const options = agencyOptions(agencies.data?.agencies ?? []).filter(
    (o) => !exclude?.has(o.value),
  );
  return (
    <Controller
      control={control}
      name={name}
      disabled={disabled}
      render={({ field, fieldState }) => (
        <Combobox
          label={label}
          options={options}
          value={field.value ?? null}
          onChange={field.onChange}
          inputRef={field.ref}
          error={fieldError(fieldState.error)}
          description={description ?? t('agencies.picker.help')}
          required={required}
          requiredMark={t('common.requiredMark')}
          pendingText={agencies.isPending ? t('common.loading') : undefined}
          disabled={disabled}
          testId="agency-picker"
        />
      )}
    />
  );
}
