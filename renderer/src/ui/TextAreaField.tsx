import type { Ref, TextareaHTMLAttributes } from 'react';
import { Field } from './Field';
import './pickers.css';

export interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'required' | 'children'
> {
  readonly label: string;
  readonly error?: string | undefined;
  readonly description?: string | undefined;
  readonly required?: boolean;
  readonly requiredMark?: string;
  readonly ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line text: Field plus <textarea>; Enter is a new line here, never "save". */
export function TextAreaField({
  label,
  error,
  description,
  required,
  requiredMark,
  ref,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <Field
      label={label}
      error={error}
      description={description}
      required={required ?? false}
      {...(requiredMark ? { requiredMark } : {})}
    >
      {(control) => <textarea {...textarea} {...control} ref={ref} />}
    </Field>
  );
}
