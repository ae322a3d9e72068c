import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/ipc/types';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { applyFieldIssues, contractResolver } from '../../lib/form-errors';
import { Button } from '../../ui/Button';
import { useDiscardGuard } from '../../ui/DiscardGuard';
import { Form } from '../../ui/Form';
import {
  CLIENT_FIELDS,
  clientForm,
  emptyClient,
  type ClientFormValues,
  type ClientInput,
} from './client-form';
import { ClientFields } from './ClientFields';
import { DuplicateWarning } from './DuplicateWarning';
import { useOfficeMonth } from '../app/useOfficeToday';

type Candidates = OutputOf<'clients.duplicates'>['candidates'];

/**
 * 登錄新服務對象. Before writing, core is asked whether the person may already be here (same
 * name at the same agency, same phone, same e-mail); the desk then uses that record or
 * registers anyway. Esc asks before discarding what was typed.
 */
export function RegisterClientForm({
  initialName,
  onDone,
  onCancel,
}: {
  readonly initialName: string;
  /** A new or an existing (duplicate) client was chosen. */
  readonly onDone: (id: string) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  const [candidates, setCandidates] = useState<{
    readonly list: Candidates;
    readonly input: ClientInput;
  } | null>(null);
  const thisYear = useOfficeMonth().year;
  const form = useForm<ClientFormValues, unknown, ClientInput>({
    resolver: contractResolver(clientForm(thisYear)),
    defaultValues: emptyClient(initialName),
  });
  const create = useMutation({ mutationFn: (input: ClientInput) => call('clients.create', input) });
  const check = useMutation({
    mutationFn: (input: ClientInput) =>
      call('clients.duplicates', {
        name: input.name,
        agencyId: input.agencyId ?? null,
        phone: input.phone ?? null,
        email: input.email ?? null,
      }),
  });
  const { requestClose, guard } = useDiscardGuard(form.formState.isDirty, onCancel);
  const busy = create.isPending || check.isPending;

  const fail = (e: unknown) => {
    const left = applyFieldIssues(e, form.setError, CLIENT_FIELDS);
    if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
  };
  const register = (input: ClientInput) =>
    create.mutate(input, {
      onSuccess: ({ id }) => {
        form.reset(form.getValues());
        onDone(id);
      },
      onError: fail,
    });

  const onSubmit = form.handleSubmit((input) => {
    setFailure(null);
    setCandidates(null);
    check.mutate(input, {
      onSuccess: ({ candidates: list }) =>
        list.length > 0 ? setCandidates({ list, input }) : register(input),
      onError: fail,
    });
  });

  return (
    <>
      <Form
        onSubmit={(e) => void onSubmit(e)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !e.defaultPrevented) requestClose();
        }}
        aria-label={t('clients.register.title')}
        className="card case-form"
        data-testid="register-client-form"
      >
        <ClientFields form={form} autoFocus />
        {candidates ? (
          <DuplicateWarning
            candidates={candidates.list}
            busy={create.isPending}
            onUse={(id) => {
              form.reset(form.getValues());
              onDone(id);
            }}
            onRegisterAnyway={() => register(candidates.input)}
          />
        ) : null}
        {failure ? (
          <p className="form-error" role="alert">
            {errorText(failure)}
          </p>
        ) : null}
        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={busy} aria-busy={busy}>
            {t('clients.register.submit')}
          </Button>
          <Button onClick={requestClose}>{t('common.cancel')}</Button>
        </div>
      </Form>
      {guard}
    </>
  );
}
