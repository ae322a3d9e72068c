import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  findCityPreset,
  LEAVE_TYPES,
  SERVICE_MODELS,
} from '../../../../shared/domain/city-presets';
import {
  organisationSettings,
  type OrganisationSettings,
} from '../../../../shared/ipc/schemas/settings';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import {
  applyFieldIssues,
  contractResolver,
  pathMapper,
  useFieldErrorText,
} from '../../lib/form-errors';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { SESSION_KEY } from '../auth/auth.queries';
import { cityName, LEAVE_TYPE_KEYS, quotaText, SERVICE_MODEL_KEYS } from '../setup/city-presets';

const settingsForm = organisationSettings.pick({
  name: true,
  serviceModel: true,
  leaveType: true,
  idleLockMinutes: true,
});
type SettingsValues = z.input<typeof settingsForm>;
const FIELDS = pathMapper<SettingsValues>({
  name: 'name',
  serviceModel: 'serviceModel',
  leaveType: 'leaveType',
  idleLockMinutes: 'idleLockMinutes',
});

const valuesOf = (s: OrganisationSettings): SettingsValues => ({
  name: s.name,
  serviceModel: s.serviceModel,
  leaveType: s.leaveType,
  idleLockMinutes: s.idleLockMinutes,
});

export function SettingsForm({ settings }: { readonly settings: OrganisationSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fieldError = useFieldErrorText();
  const errorText = useErrorText();
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<SettingsValues, unknown, z.output<typeof settingsForm>>({
    resolver: contractResolver(settingsForm),
    defaultValues: valuesOf(settings),
  });
  const { errors, isDirty } = form.formState;
  const update = useMutation({
    mutationFn: (v: z.output<typeof settingsForm>) => call('settings.update', v),
  });
  const preset = findCityPreset(settings.cityPreset);

  const onSubmit = form.handleSubmit((values) => {
    setSaved(false);
    setFailure(null);
    update.mutate(values, {
      onSuccess: (next) => {
        form.reset(valuesOf(next));
        queryClient.setQueryData(['settings', 'organisation'], next);
        void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
        setSaved(true);
      },
      onError: (e) => {
        const left = applyFieldIssues(e, form.setError, FIELDS);
        if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
      },
    });
  });

  return (
    <Form
      onSubmit={(e) => void onSubmit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && isDirty) form.reset(valuesOf(settings));
      }}
      aria-label={t('settings.title')}
      className="settings-form"
    >
      <section className="card">
        <h2 className="card-title">{t('settings.organisation')}</h2>
        <TextField
          label={t('setup.organisation.name')}
          description={t('setup.organisation.nameHelp')}
          error={fieldError(errors.name)}
          required
          requiredMark={t('common.requiredMark')}
          {...form.register('name')}
        />
        <dl className="facts compact">
          <div>
            <dt>{t('setup.organisation.city')}</dt>
            <dd>
              {cityName(t, settings.cityPreset)}
              <span className="muted small"> {t('settings.cityFixed')}</span>
            </dd>
          </div>
          {preset ? (
            <div>
              <dt>{t('city.quota')}</dt>
              <dd>{quotaText(t, preset)}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      <section className="card">
        <h2 className="card-title">{t('settings.service')}</h2>
        <div className="form-grid" data-columns="2">
          <Field label={t('city.serviceModel')} error={fieldError(errors.serviceModel)}>
            {(control) => (
              <select {...control} {...form.register('serviceModel')}>
                {SERVICE_MODELS.map((m) => (
                  <option key={m} value={m}>
                    {t(SERVICE_MODEL_KEYS[m])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('city.leaveType')}
            description={t('settings.leaveTypeHelp')}
            error={fieldError(errors.leaveType)}
          >
            {(control) => (
              <select {...control} {...form.register('leaveType')}>
                {LEAVE_TYPES.map((l) => (
                  <option key={l} value={l}>
                    {t(LEAVE_TYPE_KEYS[l])}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </section>
      <section className="card">
        <h2 className="card-title">{t('settings.security')}</h2>
        <TextField
          label={t('settings.idleLock')}
          description={t('settings.idleLockHelp')}
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          className="number-input"
          error={fieldError(errors.idleLockMinutes)}
          required
          requiredMark={t('common.requiredMark')}
          {...form.register('idleLockMinutes', { valueAsNumber: true })}
        />
      </section>
      {saved ? <Notice tone="info" title={t('settings.saved')} /> : null}
      {failure ? (
        <Notice tone="error" title={t('settings.saveFailed')}>
          <p>{errorText(failure)}</p>
        </Notice>
      ) : null}
      <div className="form-actions">
        <Button
          type="submit"
          variant="primary"
          disabled={update.isPending || !isDirty}
          aria-busy={update.isPending}
        >
          {t('settings.save')}
        </Button>
      </div>
    </Form>
  );
}
