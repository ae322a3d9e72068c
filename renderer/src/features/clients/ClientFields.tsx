import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { GENDERS } from '../../../../shared/domain/reference-lists';
import { useFieldErrorText } from '../../lib/form-errors';
import { CheckboxGroup } from '../../ui/Fieldset';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { AgencyPicker } from '../agencies/AgencyPicker';
import { RefPicker } from '../reference/RefPicker';
import { useRefData } from '../reference/ref-labels';
import type { ClientFormValues, ClientInput } from './client-form';
import { GENDER_KEYS } from './client-words';

/** The fields of a client record, in reading order; never a national ID. */
export function ClientFields({
  form,
  autoFocus = false,
}: {
  readonly form: UseFormReturn<ClientFormValues, unknown, ClientInput>;
  readonly autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const ref = useRefData();
  const { errors } = form.formState;
  return (
    <>
      <div className="form-grid" data-columns="3">
        <TextField
          label={t('clients.field.name')}
          autoComplete="off"
          autoFocus={autoFocus}
          error={fieldError(errors.name)}
          required
          requiredMark={t('common.requiredMark')}
          {...form.register('name')}
        />
        <AgencyPicker control={form.control} name="agencyId" label={t('clients.field.agency')} />
        <RefPicker
          control={form.control}
          name="category"
          list="staffCategory"
          label={t('clients.field.category')}
        />
      </div>
      <div className="form-grid" data-columns="3">
        <Field label={t('clients.field.gender')} error={fieldError(errors.gender)}>
          {(control) => (
            <select {...control} {...form.register('gender')}>
              {GENDERS.map((g) => (
                <option key={g} value={g}>
                  {t(GENDER_KEYS[g])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={t('clients.field.birthYear')}
          description={t('clients.field.birthYearHelp')}
          inputMode="numeric"
          autoComplete="off"
          className="number-input"
          error={fieldError(errors.birthYear)}
          {...form.register('birthYear')}
        />
        <div className="field field-checkbox">
          <label className="checkbox">
            <input type="checkbox" {...form.register('isManager')} />
            {t('clients.field.isManager')}
          </label>
          <p className="field-description">{t('clients.field.isManagerHelp')}</p>
        </div>
      </div>
      <div className="form-grid" data-columns="2">
        <TextField
          label={t('clients.field.phone')}
          description={t('clients.field.phoneHelp')}
          type="tel"
          autoComplete="off"
          error={fieldError(errors.phone)}
          {...form.register('phone')}
        />
        <TextField
          label={t('clients.field.email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          error={fieldError(errors.email)}
          {...form.register('email')}
        />
      </div>
      <Controller
        control={form.control}
        name="specialGroups"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            legend={t('clients.field.specialGroups')}
            description={t('clients.field.specialGroupsHelp')}
            options={ref.options('specialGroup')}
            values={field.value}
            onChange={field.onChange}
            error={fieldError(fieldState.error)}
          />
        )}
      />
      <p className="muted small">{t('clients.noNationalId')}</p>
    </>
  );
}
