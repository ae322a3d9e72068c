import type { InputHTMLAttributes, Ref } from 'react';
import { Field } from './Field';

export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'required' | 'children'
> {
  readonly label: string;
  readonly error?: string | undefined;
  readonly description?: string | undefined;
  readonly required?: boolean;
  readonly requiredMark?: string;
  readonly ref?: Ref<HTMLInputElement>;
}

/**
 * A labelled input: Field plus <input>. Spread react-hook-form's `register(...)` on it; the
 * ref reaches the input, so focus-on-error works.
 */
export function TextField({
  label,
  error,
  description,
  required,
  requiredMark,
  ref,
  ...input
}: TextFieldProps) {
  return (
    <Field
      label={label}
      error={error}
      description={description}
      required={required ?? false}
      {...(requiredMark ? { requiredMark } : {})}
    >
      {(control) => <input {...input} {...control} ref={ref} />}
    </Field>
  );
}
