import { useId, type ReactNode } from 'react';

/** Props to spread on the control, so label, help and error reach assistive technology. */
export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-describedby'?: string;
  readonly 'aria-invalid'?: true;
  readonly 'aria-required'?: true;
  readonly required?: true;
}

export interface FieldProps {
  readonly label: string;
  /** A translated message; when set, the control is marked invalid and describes it. */
  readonly error?: string | undefined;
  /** Help shown under the label, e.g. the accepted date forms. */
  readonly description?: string | undefined;
  readonly required?: boolean;
  /** Text beside the label marking it required, e.g. t('…required'); an asterisk alone says little. */
  readonly requiredMark?: string;
  readonly children: (control: FieldControlProps) => ReactNode;
}

/**
 * Label, description, control and error, wired with `aria-describedby` and `aria-invalid`.
 * The control comes from a render function so inputs, selects and date fields all fit.
 */
export function Field({ label, error, description, required, requiredMark, children }: FieldProps) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ');
  const control: FieldControlProps = {
    id,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(error ? { 'aria-invalid': true } : {}),
    ...(required ? { 'aria-required': true, required: true } : {}),
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
        {required ? <span className="field-required">{requiredMark ?? '*'}</span> : null}
      </label>
      {description ? (
        <p className="field-description" id={descriptionId}>
          {description}
        </p>
      ) : null}
      {children(control)}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
