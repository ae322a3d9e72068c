import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CITY_PRESETS } from '../../../../shared/domain/city-presets';
import { contractResolver, useFieldErrorText } from '../../lib/form-errors';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';
import { cityName } from './city-presets';
import { CityPresetFacts } from './CityPresetFacts';
import { organisationStep, type OrganisationValues } from './setup-schemas';
import type { StepErrors } from './step-errors';

export function OrganisationStep({
  values,
  serverErrors,
  onNext,
  onChange,
}: {
  readonly values: OrganisationValues;
  readonly serverErrors: StepErrors;
  readonly onNext: (values: OrganisationValues) => void;
  readonly onChange: () => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const form = useForm<OrganisationValues>({
    resolver: contractResolver(organisationStep),
    defaultValues: values,
  });
  const { errors } = form.formState;
  const presetError = fieldError(errors.cityPreset) ?? fieldError(serverErrors['cityPreset']);

  return (
    <Form
      onSubmit={(e) => void form.handleSubmit(onNext)(e)}
      onChange={onChange}
      aria-labelledby="setup-step-title"
    >
      <h2 id="setup-step-title" className="wizard-step-title">
        {t('setup.organisation.title')}
      </h2>
      <p className="wizard-step-lead">{t('setup.organisation.lead')}</p>
      <TextField
        label={t('setup.organisation.name')}
        description={t('setup.organisation.nameHelp')}
        autoFocus
        error={fieldError(errors.name) ?? fieldError(serverErrors['name'])}
        required
        requiredMark={t('common.requiredMark')}
        {...form.register('name')}
      />
      <fieldset
        className="preset-choice"
        aria-describedby={presetError ? 'preset-help preset-error' : 'preset-help'}
      >
        <legend className="field-label">
          {t('setup.organisation.city')}
          <span className="field-required">{t('common.requiredMark')}</span>
        </legend>
        <p className="field-description" id="preset-help">
          {t('setup.organisation.cityHelp')}
        </p>
        <div className="preset-options">
          {CITY_PRESETS.map((preset) => (
            <label key={preset.id} className="preset-option">
              <input type="radio" value={preset.id} {...form.register('cityPreset')} />
              <span className="preset-name">{cityName(t, preset.id)}</span>
              <CityPresetFacts preset={preset} />
            </label>
          ))}
        </div>
        {presetError ? (
          <p className="field-error" id="preset-error">
            {presetError}
          </p>
        ) : null}
      </fieldset>
      <div className="form-actions">
        <Button type="submit" variant="primary">
          {t('setup.next')}
        </Button>
      </div>
    </Form>
  );
}
