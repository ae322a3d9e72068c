import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RefList } from '../../../../shared/domain/reference-lists';
import { useFieldErrorText } from '../../lib/form-errors';
import { Combobox } from '../../ui/Combobox';
import { useRefData } from './ref-labels';

/** A searchable pick-list over one reference list, bound to a react-hook-form field. */
export function RefPicker<T extends FieldValues, X = T>({
  control,
  name,
  list,
  label,
  description,
  required = false,
  parentCode,
  autoFocus = false,
  disabled = false,
}: {
  readonly control: Control<T, unknown, X>;
  readonly name: Path<T>;
  readonly list: RefList;
  readonly label: string;
  readonly description?: string | undefined;
  readonly required?: boolean;
  readonly parentCode?: string;
  readonly autoFocus?: boolean;
  readonly disabled?: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRefData();
  const fieldError = useFieldErrorText();
  return (
    <Controller
      control={control}
      name={name}
      disabled={disabled}
      render={({ field, fieldState }) => (
        <Combobox
          label={label}
          options={ref.options(list, parentCode)}
          value={field.value ?? null}
          onChange={field.onChange}
          inputRef={field.ref}
          error={fieldError(fieldState.error)}
          description={description}
          required={required}
          requiredMark={t('common.requiredMark')}
          autoFocus={autoFocus}
          disabled={disabled}
        />
      )}
    />
  );
}
