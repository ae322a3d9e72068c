import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/ipc/types';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { applyFieldIssues, contractResolver } from '../../lib/form-errors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useDiscardGuard } from '../../ui/DiscardGuard';
import { Form } from '../../ui/Form';
import {
  CLIENT_FIELDS,
  clientForm,
  valuesOfClient,
  type ClientFormValues,
  type ClientInput,
} from './client-form';
import { ClientFields } from './ClientFields';
import { useOfficeMonth } from '../app/useOfficeToday';

type Client = OutputOf<'clients.get'>['client'];

/** 編輯服務對象資料: the same fields as registration, written with clients.update. */
export function EditClientDialog({
  client,
  onClose,
  onSaved,
}: {
  readonly client: Client;
  readonly onClose: () => void;
  readonly onSaved: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  const thisYear = useOfficeMonth().year;
  const form = useForm<ClientFormValues, unknown, ClientInput>({
    resolver: contractResolver(clientForm(thisYear)),
    defaultValues: valuesOfClient(client),
  });
  const save = useMutation({
    mutationFn: (input: ClientInput) => call('clients.update', { id: client.id, ...input }),
  });
  const { requestClose, guard } = useDiscardGuard(form.formState.isDirty, onClose);
  const onSubmit = form.handleSubmit((input) => {
    setFailure(null);
    save.mutate(input, {
      onSuccess: onSaved,
      onError: (e) => {
        const left = applyFieldIssues(e, form.setError, CLIENT_FIELDS);
        if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
      },
    });
  });
  return (
    <>
      <Dialog open title={t('clients.edit.title')} onClose={requestClose}>
        <Form onSubmit={(e) => void onSubmit(e)} aria-label={t('clients.edit.title')}>
          <ClientFields form={form} autoFocus />
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
              {t('clients.edit.submit')}
            </Button>
          </div>
        </Form>
      </Dialog>
      {guard}
    </>
  );
}
