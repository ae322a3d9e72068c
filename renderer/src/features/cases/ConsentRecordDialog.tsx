import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CONSENT_FORMS,
  CONSENT_KINDS,
  CONSENT_STATUSES,
} from '../../../../shared/domain/reference-lists';
import type { MessageKey } from '../../../../shared/i18n/index';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { applyFieldIssues, contractResolver, useFieldErrorText } from '../../lib/form-errors';
import { useDateFormatter } from '../../lib/format';
import { useOfficeToday } from '../app/useOfficeToday';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useDiscardGuard } from '../../ui/DiscardGuard';
import { Field } from '../../ui/Field';
import { Fieldset } from '../../ui/Fieldset';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';
import { FormDate } from '../intake/FormDate';
import { CONSENT_KIND_KEYS } from './case-words';
import {
  CONSENT_RECORD_FIELDS,
  consentRecordForm,
  type ConsentRecordInput,
  type ConsentRecordValues,
} from './consent-form';

const STATUS_KEYS: Readonly<Record<(typeof CONSENT_STATUSES)[number], MessageKey>> = {
  given: 'ref.consentStatus.given',
  refused: 'ref.consentStatus.refused',
};
export const FORM_KEYS: Readonly<Record<(typeof CONSENT_FORMS)[number], MessageKey>> = {
  written: 'ref.consentForm.written',
  oral: 'ref.consentForm.oral',
  none: 'ref.consentForm.none',
};

/** 記錄同意: a new ledger entry (a consent given later, a renewal, a refusal). */
export function ConsentRecordDialog({
  caseId,
  onClose,
  onDone,
}: {
  readonly caseId: string;
  readonly onClose: () => void;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const errorText = useErrorText();
  const formatDate = useDateFormatter();
  const officeToday = useOfficeToday();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<ConsentRecordValues, unknown, ConsentRecordInput>({
    resolver: contractResolver(consentRecordForm),
    defaultValues: {
      kind: 'service',
      status: 'given',
      form: 'written',
      reference: '',
      witness: '',
      scope: '',
      givenOn: formatDate(officeToday),
      expiresOn: '',
    },
  });
  const { errors, isDirty, isSubmitted } = form.formState;
  const status = useWatch({ control: form.control, name: 'status' });
  const how = useWatch({ control: form.control, name: 'form' });
  const record = useMutation({
    mutationFn: (input: ConsentRecordInput) => call('consents.record', { caseId, ...input }),
  });
  const { requestClose, guard } = useDiscardGuard(isDirty, onClose);
  const onSubmit = form.handleSubmit((input) => {
    setFailure(null);
    record.mutate(input, {
      onSuccess: onDone,
      onError: (e) => {
        const left = applyFieldIssues(e, form.setError, CONSENT_RECORD_FIELDS);
        if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
      },
    });
  });
  return (
    <>
      <Dialog open title={t('cases.consent.recordTitle')} onClose={requestClose}>
        <Form onSubmit={(e) => void onSubmit(e)} aria-label={t('cases.consent.recordTitle')}>
          <div className="form-grid" data-columns="2">
            <Field label={t('cases.consent.kind')} error={fieldError(errors.kind)}>
              {(control) => (
                <select {...control} autoFocus {...form.register('kind')}>
                  {CONSENT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(CONSENT_KIND_KEYS[k])}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Fieldset legend={t('cases.consent.status')} error={fieldError(errors.status)}>
              <div className="choice-row">
                {CONSENT_STATUSES.map((s) => (
                  <label key={s} className="checkbox">
                    <input type="radio" value={s} {...form.register('status')} />
                    {t(STATUS_KEYS[s])}
                  </label>
                ))}
              </div>
            </Fieldset>
            {status === 'given' ? (
              <Field label={t('cases.consent.form')} error={fieldError(errors.form)}>
                {(control) => (
                  <select {...control} {...form.register('form')}>
                    {CONSENT_FORMS.filter((f) => f !== 'none').map((f) => (
                      <option key={f} value={f}>
                        {t(FORM_KEYS[f])}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : null}
            {status === 'given' && how === 'written' ? (
              <TextField
                label={t('intake.consent.reference')}
                description={t('intake.consent.referenceHelp')}
                autoComplete="off"
                error={fieldError(errors.reference)}
                {...form.register('reference')}
              />
            ) : null}
            {status === 'given' && how === 'oral' ? (
              <TextField
                label={t('intake.consent.witness')}
                autoComplete="off"
                error={fieldError(errors.witness)}
                {...form.register('witness')}
              />
            ) : null}
            <FormDate
              control={form.control}
              name="givenOn"
              label={t('cases.consent.givenOn')}
              required
              showError={isSubmitted}
            />
            {status === 'given' ? (
              <FormDate
                control={form.control}
                name="expiresOn"
                label={t('intake.consent.expires')}
                showError={isSubmitted}
              />
            ) : null}
          </div>
          <TextField
            label={t('intake.consent.scope')}
            description={t('intake.consent.scopeHelp')}
            autoComplete="off"
            error={fieldError(errors.scope)}
            {...form.register('scope')}
          />
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
              disabled={record.isPending}
              aria-busy={record.isPending}
            >
              {t('cases.consent.recordSubmit')}
            </Button>
          </div>
        </Form>
      </Dialog>
      {guard}
    </>
  );
}
