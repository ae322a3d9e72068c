import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './pickers.css';

export interface FieldsetProps {
  readonly legend: string;
  readonly description?: string | undefined;
  /** A translated message shown under the group, which then reads as invalid. */
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly requiredMark?: string;
  readonly children: ReactNode;
  readonly className?: string;
  readonly testId?: string;
}

/**
 * A group of checkboxes or radios: the legend names it, help and error are tied to it with
 * `aria-describedby`, so a screen reader announces them on entering the group.
 */
export function Fieldset({
  legend,
  description,
  error,
  required = false,
  requiredMark,
  children,
  className,
  testId,
}: FieldsetProps) {
  const id = useId();
  const describedBy = [description ? `${id}-d` : '', error ? `${id}-e` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      className={className ? `fieldset ${className}` : 'fieldset'}
      aria-describedby={describedBy || undefined}
      data-invalid={error ? true : undefined}
      data-testid={testId}
    >
      <legend>
        {legend}
        {required ? <span className="field-required">{requiredMark ?? '*'}</span> : null}
      </legend>
      {description ? (
        <p className="field-description" id={`${id}-d`}>
          {description}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="field-error" id={`${id}-e`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export interface CheckOption {
  readonly value: string;
  readonly label: string;
  readonly inactive?: boolean;
}

/** Toggles `value` in a list, keeping the order of `all` (what the person sees). */
export function toggleValue(
  values: readonly string[],
  value: string,
  on: boolean,
  all: readonly string[] = [],
): string[] {
  const next = on ? [...new Set([...values, value])] : values.filter((v) => v !== value);
  const rank = (v: string) => {
    const i = all.indexOf(v);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return all.length > 0 ? next.sort((a, b) => rank(a) - rank(b)) : next;
}

/**
 * Checkboxes for a multi-choice list (presenting issues, special groups). A deactivated option
 * appears only while it is already checked on the record.
 */
export function CheckboxGroup({
  legend,
  options,
  values,
  onChange,
  description,
  error,
  required,
  requiredMark,
  testId,
}: {
  readonly legend: string;
  readonly options: readonly CheckOption[];
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
  readonly description?: string | undefined;
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly requiredMark?: string;
  readonly testId?: string;
}) {
  const { t } = useTranslation();
  const shown = options.filter((o) => !o.inactive || values.includes(o.value));
  const order = shown.map((o) => o.value);
  return (
    <Fieldset
      legend={legend}
      description={description}
      error={error}
      required={required ?? false}
      {...(requiredMark ? { requiredMark } : {})}
      {...(testId ? { testId } : {})}
    >
      <div className="choice-grid">
        {shown.map((o) => (
          <label key={o.value} className="checkbox">
            <input
              type="checkbox"
              checked={values.includes(o.value)}
              onChange={(e) => onChange(toggleValue(values, o.value, e.target.checked, order))}
            />
            {o.label}
            {o.inactive ? <span className="muted small">{t('ui.combobox.inactive')}</span> : null}
          </label>
        ))}
      </div>
    </Fieldset>
  );
}
