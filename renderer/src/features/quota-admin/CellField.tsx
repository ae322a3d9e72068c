import { useId, type ReactNode } from 'react';
import type { FieldControlProps } from '../../ui/Field';

/**
 * A control in an editable table row: the column header names it for the eye, a hidden label
 * names it fully for a screen reader ("規則 2：補助時數"), and its error sits right under it.
 */
export function CellField({
  label,
  error,
  children,
}: {
  readonly label: string;
  readonly error?: string | undefined;
  readonly children: (control: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const control: FieldControlProps = {
    id,
    ...(error ? { 'aria-describedby': `${id}-error`, 'aria-invalid': true } : {}),
  };
  return (
    <div className="cell-field">
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      {children(control)}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
