import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../lib/form-errors';
import { Combobox, type ComboOption } from '../../ui/Combobox';

/** A Combobox over given options, bound to a react-hook-form field (owners, providers). */
export function BoundCombobox<T extends FieldValues, X = T>({
  control,
  name,
  label,
  options,
  description,
  required = false,
  testId,
}: {
  readonly control: Control<T, unknown, X>;
  readonly name: Path<T>;
  readonly label: string;
  readonly options: readonly ComboOption[];
  readonly description?: string | undefined;
  readonly required?: boolean;
  readonly testId?: string;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Combobox
          label={label}
          options={options}
          value={field.value ?? null}
          onChange={field.onChange}
          inputRef={field.ref}
          error={fieldError(fieldState.error)}
          description={description}
          required={required}
          requiredMark={t('common.requiredMark')}
          {...(testId ? { testId } : {})}
        />
      )}
    />
  );
}
