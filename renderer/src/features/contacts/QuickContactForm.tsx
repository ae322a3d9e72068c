import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { GENDERS } from '../../../../shared/domain/reference-lists';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { applyFieldIssues, contractResolver, useFieldErrorText } from '../../lib/form-errors';
import { TRI_STATES } from '../../lib/form-values';
import { Button } from '../../ui/Button';
import { useDiscardGuard } from '../../ui/DiscardGuard';
import { Field } from '../../ui/Field';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';
import { AgencyPicker } from '../agencies/AgencyPicker';
import { ClientPicker } from '../clients/ClientPicker';
import { GENDER_KEYS } from '../clients/client-words';
import { FormDate } from '../intake/FormDate';
import { RefPicker } from '../reference/RefPicker';
import {
  CONTACT_FIELDS,
  contactForm,
  type ContactFormValues,
  type ContactInput,
} from './contact-form';
import { TRI_KEYS } from './contact-words';

/**
 * 新增諮詢紀錄: the desk's first minute with a caller. The service item has focus, the channel
 * is already 電話, anonymous unless a client is linked; Enter in the note (or in any closed
 * field) saves. Esc asks before clearing what was typed.
 */
export function QuickContactForm({
  defaults,
  onSaved,
}: {
  readonly defaults: ContactFormValues;
  readonly onSaved: (id: string) => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<ContactFormValues, unknown, ContactInput>({
    resolver: contractResolver(contactForm),
    defaultValues: defaults,
  });
  const { errors, isDirty, isSubmitted } = form.formState;
  const clientId = useWatch({ control: form.control, name: 'clientId' });
  const linked = clientId !== null;
  const save = useMutation({ mutationFn: (input: ContactInput) => call('contacts.create', input) });
  const { requestClose, guard } = useDiscardGuard(isDirty, () => {
    form.reset(defaults);
    setFailure(null);
  });

  const onSubmit = form.handleSubmit((input) => {
    setFailure(null);
    save.mutate(input, {
      onSuccess: ({ id }) => {
        form.reset(defaults);
        onSaved(id);
      },
      onError: (e) => {
        const left = applyFieldIssues(e, form.setError, CONTACT_FIELDS);
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
        aria-label={t('contacts.form.label')}
        className="card case-form"
        data-testid="contact-form"
      >
        <div className="form-grid" data-columns="4">
          <RefPicker
            control={form.control}
            name="serviceItem"
            list="serviceItem"
            label={t('contacts.field.serviceItem')}
            required
            autoFocus
          />
          <RefPicker
            control={form.control}
            name="facet"
            list="facet"
            label={t('contacts.field.facet')}
          />
          <RefPicker
            control={form.control}
            name="channel"
            list="channel"
            label={t('contacts.field.channel')}
            required
          />
          <FormDate
            control={form.control}
            name="occurredOn"
            label={t('contacts.field.occurredOn')}
            required
            showError={isSubmitted}
          />
        </div>
        <div className="form-grid" data-columns="3">
          <Controller
            control={form.control}
            name="clientId"
            render={({ field, fieldState }) => (
              <ClientPicker
                label={t('contacts.field.client')}
                description={t('contacts.field.clientHelp')}
                value={field.value}
                onChange={(id) => field.onChange(id)}
                inputRef={field.ref}
                error={fieldError(fieldState.error)}
              />
            )}
          />
          <AgencyPicker
            control={form.control}
            name="agencyId"
            label={t('contacts.field.agency')}
            description={linked ? t('contacts.field.fromClient') : undefined}
            disabled={linked}
          />
          <RefPicker
            control={form.control}
            name="category"
            list="staffCategory"
            label={t('contacts.field.category')}
            description={linked ? t('contacts.field.fromClient') : undefined}
            disabled={linked}
          />
        </div>
        <div className="form-grid" data-columns="3">
          <Field
            label={t('contacts.field.gender')}
            error={fieldError(errors.gender)}
            {...(linked ? { description: t('contacts.field.fromClient') } : {})}
          >
            {(control) => (
              <select {...control} disabled={linked} {...form.register('gender')}>
                {GENDERS.map((g) => (
                  <option key={g} value={g}>
                    {t(GENDER_KEYS[g])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('contacts.field.isManager')}
            error={fieldError(errors.isManager)}
            {...(linked ? { description: t('contacts.field.fromClient') } : {})}
          >
            {(control) => (
              <select {...control} disabled={linked} {...form.register('isManager')}>
                {TRI_STATES.map((v) => (
                  <option key={v} value={v}>
                    {t(TRI_KEYS[v])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField
            label={t('contacts.field.minutes')}
            inputMode="numeric"
            autoComplete="off"
            className="number-input"
            error={fieldError(errors.minutes)}
            {...form.register('minutes')}
          />
        </div>
        <TextField
          label={t('contacts.field.note')}
          description={t('contacts.field.noteHelp')}
          autoComplete="off"
          error={fieldError(errors.note)}
          {...form.register('note')}
        />
        {failure ? (
          <p className="form-error" role="alert">
            {errorText(failure)}
          </p>
        ) : null}
        <div className="form-actions">
          <Button
            type="submit"
            variant="primary"
            disabled={save.isPending}
            aria-busy={save.isPending}
            aria-keyshortcuts="Enter"
          >
            {t('contacts.form.save')}
          </Button>
          <Button onClick={requestClose}>{t('contacts.form.clear')}</Button>
          <p className="muted small">{t('contacts.form.enterHint')}</p>
        </div>
      </Form>
      {guard}
    </>
  );
}
