import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { applyFieldIssues, contractResolver, useFieldErrorText } from '../../lib/form-errors';
import { Button } from '../../ui/Button';
import { useDiscardGuard } from '../../ui/DiscardGuard';
import { CheckboxGroup } from '../../ui/Fieldset';
import { Form } from '../../ui/Form';
import { TextAreaField } from '../../ui/TextAreaField';
import { ClientPicker } from '../clients/ClientPicker';
import { useRefData } from '../reference/ref-labels';
import { ConsentSection } from './ConsentSection';
import { FacetTopics } from './FacetTopics';
import {
  INTAKE_FIELD_NAMES,
  intakeFieldFor,
  intakeForm,
  serviceConsentGiven,
  type IntakeInput,
  type IntakeValues,
} from './intake-form';
import { OwnerFields } from './OwnerFields';
import { RequestFields } from './RequestFields';
import { RiskField } from './RiskField';

const FIELD_FOR = intakeFieldFor<IntakeValues>(INTAKE_FIELD_NAMES);

export interface IntakeContext {
  /** Converting this contact into the case (contacts.convertToCase). */
  readonly contactId: string | null;
  /** The chosen client's name, for the picker (from the link, the contact or the draft). */
  readonly clientName: string | null;
  /** True when the contact already names its client: the case must be for that person. */
  readonly clientFixed: boolean;
}

/**
 * 開案 (intake). Reading order is tab order: the client, the request, facets and topics,
 * presenting issues, the first risk level, consent, the presenting-problem summary (sensitive,
 * open only once service consent is given), owners and follow-up. Every change is kept as a
 * draft; Esc asks before discarding.
 */
export function IntakeForm({
  defaults,
  context,
  onDraft,
  onSaved,
  onCancel,
}: {
  readonly defaults: IntakeValues;
  readonly context: IntakeContext;
  readonly onDraft: (values: IntakeValues, clientName: string | null) => void;
  readonly onSaved: (created: { id: string; caseNumber: string }) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const fieldError = useFieldErrorText();
  const ref = useRefData();
  const [failure, setFailure] = useState<unknown>(null);
  const [clientName, setClientName] = useState(context.clientName);
  const form = useForm<IntakeValues, unknown, IntakeInput>({
    resolver: contractResolver(intakeForm),
    defaultValues: defaults,
  });
  const { errors, isDirty, isSubmitted } = form.formState;
  const choice = useWatch({ control: form.control, name: 'serviceConsent' });
  const topics = useWatch({ control: form.control, name: 'topics' });
  const summaryOpen = serviceConsentGiven(choice);
  const save = useMutation({
    mutationFn: (input: IntakeInput) =>
      context.contactId
        ? call('contacts.convertToCase', { contactId: context.contactId, ...input })
        : call('cases.create', input),
  });
  const { requestClose, guard } = useDiscardGuard(isDirty, onCancel);

  // Every change becomes the draft (saved about once a second); untouched defaults do not.
  const values = useWatch({ control: form.control });
  const pristine = useRef(JSON.stringify(defaults));
  useEffect(() => {
    if (JSON.stringify(values) === pristine.current) return;
    onDraft(values as IntakeValues, clientName);
  }, [values, clientName, onDraft]);

  const onSubmit = form.handleSubmit((input) => {
    setFailure(null);
    save.mutate(input, {
      onSuccess: (created) => {
        form.reset(form.getValues());
        onSaved(created);
      },
      onError: (e) => {
        const left = applyFieldIssues(e, form.setError, FIELD_FOR);
        if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
      },
    });
  });

  return (
    <>
      <Form
        onSubmit={(e) => void onSubmit(e)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !e.defaultPrevented) requestClose();
        }}
        aria-label={t('intake.title')}
        className="case-form intake-form"
        data-testid="intake-form"
      >
        <section className="card" aria-labelledby="intake-client">
          <h2 className="card-title" id="intake-client">
            {t('intake.section.client')}
          </h2>
          {context.clientFixed ? (
            <p data-testid="intake-client-fixed">
              <strong>{clientName}</strong>{' '}
              <span className="muted small">{t('intake.clientFromContact')}</span>
            </p>
          ) : (
            <>
              <Controller
                control={form.control}
                name="clientId"
                render={({ field, fieldState }) => (
                  <ClientPicker
                    label={t('intake.field.client')}
                    description={t('intake.field.clientHelp')}
                    required
                    value={field.value}
                    selectedLabel={clientName ?? undefined}
                    inputRef={field.ref}
                    autoFocus={field.value === null}
                    error={fieldError(fieldState.error)}
                    onChange={(id, client) => {
                      setClientName(client?.name ?? null);
                      field.onChange(id);
                    }}
                  />
                )}
              />
              <p className="small">
                <Link
                  to={`/clients/new?next=intake${context.contactId ? `&contact=${context.contactId}` : ''}`}
                >
                  {t('intake.registerClient')}
                </Link>
              </p>
            </>
          )}
        </section>

        <section className="card" aria-labelledby="intake-request">
          <h2 className="card-title" id="intake-request">
            {t('intake.section.request')}
          </h2>
          <RequestFields
            control={form.control}
            register={form.register}
            voluntaryError={errors.voluntary}
            showDateErrors={isSubmitted}
          />
        </section>

        <section className="card" aria-labelledby="intake-needs">
          <h2 className="card-title" id="intake-needs">
            {t('intake.section.needs')}
          </h2>
          <Controller
            control={form.control}
            name="facets"
            render={({ field, fieldState }) => (
              <FacetTopics
                facets={field.value}
                topics={topics}
                onFacets={field.onChange}
                onTopics={(topics) => form.setValue('topics', topics, { shouldDirty: true })}
                error={fieldError(fieldState.error)}
              />
            )}
          />
          <Controller
            control={form.control}
            name="issues"
            render={({ field, fieldState }) => (
              <CheckboxGroup
                legend={t('cases.field.issues')}
                options={ref.options('presentingIssue')}
                values={field.value}
                onChange={field.onChange}
                error={fieldError(fieldState.error)}
              />
            )}
          />
          <RiskField
            register={form.register}
            legend={t('cases.field.firstRisk')}
            description={t('cases.field.riskHelp')}
            error={fieldError(errors.riskLevel)}
          />
        </section>

        <section className="card" aria-labelledby="intake-consent">
          <h2 className="card-title" id="intake-consent">
            {t('intake.section.consent')}
          </h2>
          <ConsentSection form={form} />
          <TextAreaField
            label={t('cases.field.summary')}
            description={
              summaryOpen ? t('cases.field.summaryHelp') : t('cases.field.summaryLocked')
            }
            disabled={!summaryOpen}
            rows={4}
            error={fieldError(errors.presentingSummary)}
            data-sensitive="true"
            {...form.register('presentingSummary')}
          />
        </section>

        <section className="card" aria-labelledby="intake-owners">
          <h2 className="card-title" id="intake-owners">
            {t('intake.section.owners')}
          </h2>
          <OwnerFields control={form.control} showDateErrors={isSubmitted} />
        </section>

        {failure ? (
          <p className="form-error" role="alert">
            {errorText(failure)}
          </p>
        ) : null}
        {isSubmitted && Object.keys(errors).length > 0 ? (
          <p className="form-error" role="alert">
            {t('intake.fixErrors')}
          </p>
        ) : null}
        <div className="form-actions">
          <Button
            type="submit"
            variant="primary"
            disabled={save.isPending}
            aria-busy={save.isPending}
          >
            {t('intake.submit')}
          </Button>
          <Button onClick={requestClose}>{t('common.cancel')}</Button>
        </div>
      </Form>
      {guard}
    </>
  );
}
