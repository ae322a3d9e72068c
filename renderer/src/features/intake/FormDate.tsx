import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../lib/form-errors';
import { DateField, readDate } from '../../ui/DateField';

/**
 * A DateField bound to a react-hook-form text field: the person types 114/03/05 or 2025-03-05,
 * the form keeps the text (rewritten in ROC on leaving the field) and its schema turns it into ISO.
 */
export function FormDate<T extends FieldValues, X = T>({
  control,
  name,
  label,
  required = false,
  description,
  showError,
}: {
  readonly control: Control<T, unknown, X>;
  readonly name: Path<T>;
  readonly label: string;
  readonly required?: boolean;
  readonly description?: string;
  /** Parse errors show at once after a save attempt, not only after leaving the field. */
  readonly showError: boolean;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateField
          label={label}
          value={readDate(String(field.value ?? ''), required)}
          onChange={(v) => field.onChange(v.text)}
          required={required}
          requiredMark={t('common.requiredMark')}
          showError={showError}
          error={fieldError(fieldState.error)}
          {...(description ? { description } : {})}
        />
      )}
    />
  );
}
