import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/ipc/schemas/cases';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { applyFieldIssues, contractResolver, useFieldErrorText } from '../../lib/form-errors';
import { useDateFormatter } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useDiscardGuard } from '../../ui/DiscardGuard';
import { CheckboxGroup } from '../../ui/Fieldset';
import { Form } from '../../ui/Form';
import { TextAreaField } from '../../ui/TextAreaField';
import { FacetTopics } from '../intake/FacetTopics';
import {
  emptyIntake,
  INTAKE_FIELD_NAMES,
  intakeEditForm,
  intakeFieldFor,
  type IntakeEditInput,
  type IntakeValues,
} from '../intake/intake-form';
import { OwnerFields } from '../intake/OwnerFields';
import { RequestFields } from '../intake/RequestFields';
import { RiskField } from '../intake/RiskField';
import { useRefData } from '../reference/ref-labels';

const FIELD_FOR = intakeFieldFor<IntakeValues>(INTAKE_FIELD_NAMES);

/** 修改開案資料: the intake fields of an open case; a new risk level adds to its history. */
export function EditIntakeDialog({
  c,
  onClose,
  onDone,
}: {
  readonly c: CaseDetail;
  readonly onClose: () => void;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const fieldError = useFieldErrorText();
  const formatDate = useDateFormatter();
  const ref = useRefData();
  const [failure, setFailure] = useState<unknown>(null);
  const summaryOpen = c.consentState.service === 'given';
  const form = useForm<IntakeValues, unknown, IntakeEditInput>({
    resolver: contractResolver(intakeEditForm),
    defaultValues: {
      ...emptyIntake(formatDate(c.requestedOn), c.deskOwner.id),
      clientId: c.client.id,
      channel: c.channel,
      source: c.source,
      voluntary: c.voluntary ? 'yes' : 'no',
      serviceItem: c.serviceItem,
      facets: [...c.facets],
      topics: [...c.topics],
      issues: [...c.issues],
      riskLevel: c.riskLevel,
      presentingSummary: c.presentingSummary,
      counsellorId: c.counsellor?.id ?? null,
      providerId: c.provider?.id ?? null,
      nextFollowUp: c.nextFollowUp ? formatDate(c.nextFollowUp) : '',
    },
  });
  const { errors, isDirty, isSubmitted } = form.formState;
  const topics = useWatch({ control: form.control, name: 'topics' });
  const save = useMutation({
    mutationFn: (input: IntakeEditInput) => call('cases.update', { id: c.id, ...input }),
  });
  const { requestClose, guard } = useDiscardGuard(isDirty, onClose);
  const onSubmit = form.handleSubmit((input) => {
    setFailure(null);
    save.mutate(input, {
      onSuccess: onDone,
      onError: (e) => {
        const left = applyFieldIssues(e, form.setError, FIELD_FOR);
        if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
      },
    });
  });
  return (
    <>
      <Dialog open title={t('cases.edit.title')} onClose={requestClose}>
        <Form
          onSubmit={(e) => void onSubmit(e)}
          aria-label={t('cases.edit.title')}
          className="case-form"
        >
          <RequestFields
            control={form.control}
            register={form.register}
            voluntaryError={errors.voluntary}
            showDateErrors={isSubmitted}
          />
          <Controller
            control={form.control}
            name="facets"
            render={({ field, fieldState }) => (
              <FacetTopics
                facets={field.value}
                topics={topics}
                onFacets={field.onChange}
                onTopics={(next) => form.setValue('topics', next, { shouldDirty: true })}
                error={fieldError(fieldState.error)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="issues"
            render={({ field }) => (
              <CheckboxGroup
                legend={t('cases.field.issues')}
                options={ref.options('presentingIssue')}
                values={field.value}
                onChange={field.onChange}
              />
            )}
          />
          <RiskField
            register={form.register}
            legend={t('cases.field.riskLevel')}
            description={t('cases.edit.riskHelp')}
            error={fieldError(errors.riskLevel)}
          />
          <TextAreaField
            label={t('cases.field.summary')}
            description={
              summaryOpen ? t('cases.field.summaryHelp') : t('cases.field.summaryLocked')
            }
            disabled={!summaryOpen}
            rows={4}
            error={fieldError(errors.presentingSummary)}
            {...form.register('presentingSummary')}
          />
          <OwnerFields control={form.control} showDateErrors={isSubmitted} />
          {failure ? (
            <p className="form-error" role="alert">
              {errorText(failure)}
            </p>
          ) : null}
          <div className="dialog-actions">
            <Button onClick={requestClose}>{t('common.cancel')}</Button>
            <Button
              type="submit"
              variant="primary"
              disabled={save.isPending}
              aria-busy={save.isPending}
            >
              {t('cases.edit.submit')}
            </Button>
          </div>
        </Form>
      </Dialog>
      {guard}
    </>
  );
}
