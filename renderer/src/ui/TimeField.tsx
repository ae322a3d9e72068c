import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from './TextField';

/**
 * A required wall-clock time (24-hour HH:MM): the number keypad, the same
 * help text and width everywhere a time is asked for (booking, sessions, office hours).
 */
export function TimeField(
  props: Omit<
    TextFieldProps,
    'description' | 'inputMode' | 'autoComplete' | 'className' | 'required' | 'requiredMark'
  >,
) {
  const { t } = useTranslation();
  return (
    <TextField
      description={t('appt.field.timeHelp')}
      inputMode="numeric"
      autoComplete="off"
      className="time-input"
      required
      requiredMark={t('common.requiredMark')}
      {...props}
    />
  );
}
