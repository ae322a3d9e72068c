import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../../shared/i18n/index';
import { useFieldErrorText } from '../../lib/form-errors';
import { Fieldset } from '../../ui/Fieldset';
import { TextField } from '../../ui/TextField';
import { FormDate } from './FormDate';
import {
  SERVICE_CONSENT_CHOICES,
  serviceConsentGiven,
  SUPERVISOR_SOURCE,
  type IntakeValues,
  type ServiceConsentChoice,
} from './intake-form';

const CHOICE_KEYS: Readonly<Record<ServiceConsentChoice, MessageKey>> = {
  written: 'intake.consent.written',
  oral: 'intake.consent.oral',
  refused: 'intake.consent.refused',
  none: 'intake.consent.none',
};

/**
 * 知情同意: that the person was told (告知) what the service is and how records are kept; the
 * service consent in writing (the paper form's number ties the record to it), orally (with a
 * witness) or refused; its scope and expiry. For a supervisor's referral, whether the referring
 * manager may be told about attendance only — never the content.
 */
export function ConsentSection<X>({
  form,
}: {
  readonly form: UseFormReturn<IntakeValues, unknown, X>;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const { errors, isSubmitted } = form.formState;
  const choice = useWatch({ control: form.control, name: 'serviceConsent' });
  const source = useWatch({ control: form.control, name: 'source' });
  const given = serviceConsentGiven(choice);
  return (
    <>
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" {...form.register('informed')} />
          {t('intake.consent.informed')}
        </label>
        <p className="field-description">{t('intake.consent.informedHelp')}</p>
      </div>
      <Fieldset
        legend={t('intake.consent.service')}
        description={t('intake.consent.serviceHelp')}
        error={fieldError(errors.serviceConsent)}
        testId="service-consent"
      >
        <div className="choice-row">
          {SERVICE_CONSENT_CHOICES.map((c) => (
            <label key={c} className="checkbox">
              <input type="radio" value={c} {...form.register('serviceConsent')} />
              {t(CHOICE_KEYS[c])}
            </label>
          ))}
        </div>
      </Fieldset>
      {choice !== 'none' ? (
        <div className="form-grid" data-columns="3">
          {choice === 'written' ? (
            <TextField
              label={t('intake.consent.reference')}
              description={t('intake.consent.referenceHelp')}
              autoComplete="off"
              required
              requiredMark={t('common.requiredMark')}
              error={fieldError(errors.consentReference)}
              {...form.register('consentReference')}
            />
          ) : null}
          {choice === 'oral' ? (
            <TextField
              label={t('intake.consent.witness')}
              description={t('intake.consent.witnessHelp')}
              autoComplete="off"
              required
              requiredMark={t('common.requiredMark')}
              error={fieldError(errors.consentWitness)}
              {...form.register('consentWitness')}
            />
          ) : null}
          <FormDate
            control={form.control}
            name="consentOn"
            label={t('intake.consent.on')}
            required
            showError={isSubmitted}
          />
          {given ? (
            <FormDate
              control={form.control}
              name="consentExpires"
              label={t('intake.consent.expires')}
              description={t('intake.consent.expiresHelp')}
              showError={isSubmitted}
            />
          ) : null}
        </div>
      ) : null}
      {given ? (
        <TextField
          label={t('intake.consent.scope')}
          description={t('intake.consent.scopeHelp')}
          autoComplete="off"
          error={fieldError(errors.consentScope)}
          {...form.register('consentScope')}
        />
      ) : null}
      {source === SUPERVISOR_SOURCE ? (
        <div className="field consent-manager" data-testid="manager-attendance">
          <label className="checkbox">
            <input type="checkbox" {...form.register('managerAttendance')} />
            {t('intake.consent.managerAttendance')}
          </label>
          <p className="field-description">{t('intake.consent.managerAttendanceHelp')}</p>
        </div>
      ) : null}
    </>
  );
}
