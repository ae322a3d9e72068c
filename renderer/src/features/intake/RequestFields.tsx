import type { Control, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../lib/form-errors';
import { Fieldset } from '../../ui/Fieldset';
import { RefPicker } from '../reference/RefPicker';
import { FormDate } from './FormDate';
import type { IntakeValues } from './intake-form';

/** 申請資料: when, through which channel, from whom, voluntary or not, which service. */
export function RequestFields<X>({
  control,
  register,
  voluntaryError,
  showDateErrors,
}: {
  readonly control: Control<IntakeValues, unknown, X>;
  readonly register: UseFormRegister<IntakeValues>;
  readonly voluntaryError: { message?: string | undefined } | undefined;
  readonly showDateErrors: boolean;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  return (
    <>
      <div className="form-grid" data-columns="3">
        <FormDate
          control={control}
          name="requestedOn"
          label={t('cases.field.requestedOn')}
          required
          showError={showDateErrors}
        />
        <RefPicker
          control={control}
          name="channel"
          list="channel"
          label={t('cases.field.channel')}
          required
        />
        <RefPicker
          control={control}
          name="source"
          list="caseSource"
          label={t('cases.field.source')}
          required
        />
      </div>
      <div className="form-grid" data-columns="3">
        <Fieldset
          legend={t('cases.field.voluntary')}
          required
          requiredMark={t('common.requiredMark')}
          error={fieldError(voluntaryError)}
        >
          <div className="choice-row">
            <label className="checkbox">
              <input type="radio" value="yes" {...register('voluntary')} />
              {t('cases.voluntary.yes')}
            </label>
            <label className="checkbox">
              <input type="radio" value="no" {...register('voluntary')} />
              {t('cases.voluntary.no')}
            </label>
          </div>
        </Fieldset>
        <RefPicker
          control={control}
          name="serviceItem"
          list="serviceItem"
          label={t('cases.field.serviceItem')}
        />
      </div>
    </>
  );
}
