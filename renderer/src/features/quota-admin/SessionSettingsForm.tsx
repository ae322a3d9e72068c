import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { sessionSettings } from '../../../../shared/ipc/schemas/quota';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import {
  applyFieldIssues,
  contractResolver,
  pathMapper,
  useFieldErrorText,
} from '../../lib/form-errors';
import { Button } from '../../ui/Button';
import { useDiscardGuard } from '../../ui/DiscardGuard';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { TimeField } from '../../ui/TimeField';
import {
  settingsForm,
  settingsValues,
  toSettingsInput,
  type SettingsOutput,
  type SettingsValues,
} from './settings-form';

const FIELDS = pathMapper<SettingsValues>({
  timeZone: 'timeZone',
  lateCancellationCounts: 'lateCancellationCounts',
  noShowCounts: 'noShowCounts',
  cancelByCalendarDayBefore: 'cancelByCalendarDayBefore',
  workingHoursStart: 'workingHoursStart',
  workingHoursEnd: 'workingHoursEnd',
});

const CHECKS = [
  {
    name: 'cancelByCalendarDayBefore',
    label: 'quota.admin.cancelByDayBefore',
    help: 'quota.admin.cancelByDayBeforeHelp',
  },
  {
    name: 'lateCancellationCounts',
    label: 'quota.admin.lateCounts',
    help: 'quota.admin.lateCountsHelp',
  },
  { name: 'noShowCounts', label: 'quota.admin.noShowCounts', help: 'quota.admin.noShowCountsHelp' },
] as const;

/**
 * How sessions are booked and counted, for every year: the office's time zone, the "by the day
 * before" rule, whether late cancellations and no-shows use up the subsidy, and office hours
 * (a session inside them needs leave; outside them it is after-hours counselling).
 */
export function SessionSettingsForm({
  settings,
}: {
  readonly settings: z.output<typeof sessionSettings>;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const errorText = useErrorText();
  const initial = settingsValues(settings);
  const form = useForm<SettingsValues, unknown, SettingsOutput>({
    resolver: contractResolver(settingsForm),
    defaultValues: initial,
  });
  const { errors, isDirty } = form.formState;
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const save = useMutation({
    mutationFn: (v: SettingsOutput) => call('quota.updateSettings', toSettingsInput(v)),
  });
  const { requestClose, guard } = useDiscardGuard(isDirty, () => form.reset(initial));

  const onSubmit = form.handleSubmit((v) => {
    setSaved(false);
    setFailure(null);
    save.mutate(v, {
      onSuccess: () => {
        form.reset(v);
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
        if (e.key === 'Escape' && isDirty) requestClose();
      }}
      aria-label={t('quota.admin.settingsTitle')}
      className="quota-settings-form"
    >
      <div className="quota-settings-checks">
        {CHECKS.map((c) => (
          <div key={c.name} className="field field-checkbox">
            <label className="checkbox">
              <input
                type="checkbox"
                aria-describedby={`quota-${c.name}-help`}
                {...form.register(c.name)}
              />
              {t(c.label)}
            </label>
            <p className="field-description" id={`quota-${c.name}-help`}>
              {t(c.help)}
            </p>
          </div>
        ))}
      </div>
      <div className="form-grid booking-times">
        <TimeField
          label={t('quota.admin.workStart')}
          error={fieldError(errors.workingHoursStart)}
          {...form.register('workingHoursStart')}
        />
        <TimeField
          label={t('quota.admin.workEnd')}
          error={fieldError(errors.workingHoursEnd)}
          {...form.register('workingHoursEnd')}
        />
        <TextField
          label={t('quota.admin.timeZone')}
          description={t('quota.admin.timeZoneHelp')}
          autoComplete="off"
          spellCheck={false}
          required
          requiredMark={t('common.requiredMark')}
          error={fieldError(errors.timeZone)}
          {...form.register('timeZone')}
        />
      </div>
      <p className="small muted">{t('quota.admin.workHoursHelp')}</p>
      {saved ? <Notice tone="info" title={t('quota.admin.settingsSaved')} /> : null}
      {failure ? (
        <Notice tone="error" title={t('quota.admin.saveFailed')}>
          <p>{errorText(failure)}</p>
        </Notice>
      ) : null}
      <div className="form-actions">
        <Button
          type="submit"
          variant="primary"
          disabled={save.isPending || !isDirty}
          aria-busy={save.isPending}
        >
          {t('quota.admin.saveSettings')}
        </Button>
      </div>
      {guard}
    </Form>
  );
}
