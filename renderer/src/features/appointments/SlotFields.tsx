import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SESSION_MODES } from '../../../../shared/domain/sessions';
import { useFieldErrorText } from '../../lib/form-errors';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { TimeField } from '../../ui/TimeField';
import { FormDate } from '../intake/FormDate';
import { MODE_KEYS } from './appointment-words';
import type { MoveValues } from './move-form';

/**
 * Date, start, end, mode and place: the fields booking and moving (改期) share, with the same
 * help and the same messages beside them.
 */
export function SlotFields<T extends FieldValues & MoveValues, O>({
  form,
  showError,
}: {
  readonly form: UseFormReturn<T, unknown, O>;
  /** Date parse errors show at once after a save attempt (FormDate). */
  readonly showError: boolean;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  // T holds the slot fields (the constraint says so); react-hook-form cannot see that through
  // its Path<T> types, so the shared fields talk to the form as one of exactly that shape.
  const f = form as unknown as UseFormReturn<MoveValues, unknown, O>;
  const { errors } = f.formState;
  return (
    <>
      <div className="form-grid booking-times">
        <FormDate
          control={f.control}
          name="date"
          label={t('appt.field.date')}
          required
          showError={showError}
        />
        <TimeField
          label={t('appt.field.start')}
          error={fieldError(errors.start)}
          {...f.register('start')}
        />
        <TimeField
          label={t('appt.field.end')}
          error={fieldError(errors.end)}
          {...f.register('end')}
        />
      </div>
      <div className="form-grid" data-columns="2">
        <Field label={t('appt.field.mode')} required requiredMark={t('common.requiredMark')}>
          {(control) => (
            <select {...control} {...f.register('mode')}>
              {SESSION_MODES.map((m) => (
                <option key={m} value={m}>
                  {t(MODE_KEYS[m])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={t('appt.field.place')}
          description={t('appt.field.placeHelp')}
          autoComplete="off"
          error={fieldError(errors.place)}
          {...f.register('place')}
        />
      </div>
    </>
  );
}
