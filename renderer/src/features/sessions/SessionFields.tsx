import type { FormEvent } from 'react';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RiskLevel } from '../../../../shared/domain/reference-lists';
import { SESSION_MODES } from '../../../../shared/domain/sessions';
import { useFieldErrorText } from '../../lib/form-errors';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { CheckboxGroup, Fieldset } from '../../ui/Fieldset';
import { Form } from '../../ui/Form';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { TimeField } from '../../ui/TimeField';
import { MODE_KEYS } from '../appointments/appointment-words';
import { FormDate } from '../intake/FormDate';
import { useRefData } from '../reference/ref-labels';
import { RiskChoice } from './RiskChoice';
import type { SessionOutput, SessionValues } from './session-form';
import type { DraftState } from './useSessionDraft';
import './sessions.css';

/** The fields of the session record; the clinical note sits in its own, clearly marked block. */
export function SessionFields({
  form,
  caseNumber,
  facets,
  currentRisk,
  draftState,
  busy,
  failure,
  onSubmit,
  onCancel,
}: {
  readonly form: UseFormReturn<SessionValues, unknown, SessionOutput>;
  readonly caseNumber: string;
  readonly facets: readonly string[];
  readonly currentRisk: RiskLevel;
  readonly draftState: DraftState;
  readonly busy: boolean;
  readonly failure: string | null;
  readonly onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const ref = useRefData();
  const { errors, isSubmitted } = form.formState;
  const requested = useWatch({ control: form.control, name: 'recordingRequested' });
  // Topics under the case's facets first; all topics when the case names none.
  const topicOptions = (
    facets.length > 0 ? facets.flatMap((f) => ref.options('topic', f)) : ref.options('topic')
  ).map((o) => ({ value: o.value, label: o.label, ...(o.inactive ? { inactive: true } : {}) }));
  return (
    <Form onSubmit={onSubmit} aria-label={t('session.form.title')} className="session-form">
      <p className="dialog-lead">
        {t('session.form.case')} <span className="mono">{caseNumber}</span>
      </p>
      <div className="form-grid booking-times">
        <FormDate
          control={form.control}
          name="date"
          label={t('session.field.date')}
          required
          showError={isSubmitted}
        />
        <TimeField
          label={t('appt.field.start')}
          error={fieldError(errors.start)}
          {...form.register('start')}
        />
        <TimeField
          label={t('appt.field.end')}
          error={fieldError(errors.end)}
          {...form.register('end')}
        />
        <Field label={t('appt.field.mode')} required requiredMark={t('common.requiredMark')}>
          {(control) => (
            <select {...control} {...form.register('mode')}>
              {SESSION_MODES.map((m) => (
                <option key={m} value={m}>
                  {t(MODE_KEYS[m])}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Controller
        control={form.control}
        name="topics"
        render={({ field }) => (
          <CheckboxGroup
            legend={t('session.field.topics')}
            options={topicOptions}
            values={field.value}
            onChange={field.onChange}
          />
        )}
      />
      <Controller
        control={form.control}
        name="riskLevel"
        render={({ field }) => (
          <RiskChoice value={field.value} onChange={field.onChange} current={currentRisk} />
        )}
      />
      <TextField
        label={t('session.field.nextStep')}
        description={t('session.field.nextStepHelp')}
        autoComplete="off"
        error={fieldError(errors.nextStep)}
        {...form.register('nextStep')}
      />
      <Fieldset
        legend={t('session.field.recording')}
        description={t('session.field.recordingRule')}
        error={fieldError(errors.recordingAgreed)}
      >
        <div className="choice-grid">
          <label className="checkbox">
            <input
              type="checkbox"
              {...form.register('recordingRequested', {
                onChange: (e: { target: { checked: boolean } }) => {
                  if (!e.target.checked) form.setValue('recordingAgreed', false);
                },
              })}
            />
            {t('session.field.recordingRequested')}
          </label>
          <label className="checkbox">
            <input type="checkbox" disabled={!requested} {...form.register('recordingAgreed')} />
            {t('session.field.recordingAgreed')}
          </label>
        </div>
      </Fieldset>
      <section
        className="clinical-block"
        aria-labelledby="clinical-note-heading"
        data-testid="clinical-block"
      >
        <h2 id="clinical-note-heading" className="clinical-heading">
          {t('session.clinical.heading')}
        </h2>
        <p className="small">{t('session.clinical.help')}</p>
        <TextAreaField
          label={t('session.field.note')}
          rows={10}
          spellCheck={false}
          error={fieldError(errors.note)}
          {...form.register('note')}
        />
        <p className="small muted" role="status" data-testid="draft-state">
          {draftState === 'restored'
            ? t('session.draft.restored')
            : draftState === 'saved'
              ? t('session.draft.saved')
              : draftState === 'failed'
                ? t('session.draft.failed')
                : t('session.draft.none')}
        </p>
      </section>
      {failure ? (
        <p className="form-error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={busy} aria-busy={busy}>
          {t('session.form.save')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
