import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { toggleValue } from '../../ui/Fieldset';
import { useRefData } from '../reference/ref-labels';

/**
 * The staff categories a rule covers, as checkboxes in its table cell; none ticked means "every
 * category no other rule names". A code the list no longer knows stays visible while ticked.
 */
export function RuleCategories({
  legend,
  values,
  onChange,
  error,
}: {
  readonly legend: string;
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
  readonly error?: string | undefined;
}) {
  const { t } = useTranslation();
  const ref = useRefData();
  const id = useId();
  const known = ref.options('staffCategory');
  const unknown = values
    .filter((v) => !known.some((o) => o.value === v))
    .map((v) => ({ value: v, label: v }));
  const shown = [...known.filter((o) => !o.inactive || values.includes(o.value)), ...unknown];
  const order = shown.map((o) => o.value);
  return (
    <fieldset
      className="rule-categories"
      aria-describedby={error ? `${id}-e` : `${id}-d`}
      data-invalid={error ? true : undefined}
    >
      <legend className="visually-hidden">{legend}</legend>
      <div className="rule-category-list">
        {shown.map((o) => (
          <label key={o.value} className="checkbox">
            <input
              type="checkbox"
              checked={values.includes(o.value)}
              onChange={(e) => onChange(toggleValue(values, o.value, e.target.checked, order))}
            />
            {o.label}
          </label>
        ))}
      </div>
      <p className="field-description" id={`${id}-d`}>
        {values.length === 0
          ? t('quota.admin.allOthers')
          : t('quota.admin.categoriesCount', { count: values.length })}
      </p>
      {error ? (
        <p className="field-error" id={`${id}-e`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
