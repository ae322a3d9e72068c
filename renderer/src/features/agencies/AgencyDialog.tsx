import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AGENCY_KINDS } from '../../../../shared/domain/reference-lists';
import type { AgencyRow } from '../../../../shared/ipc/schemas/agencies';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import {
  applyFieldIssues,
  contractResolver,
  pathMapper,
  useFieldErrorText,
} from '../../lib/form-errors';
import { formText, pickedOptional } from '../../lib/form-values';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useDiscardGuard } from '../../ui/DiscardGuard';
import { Field } from '../../ui/Field';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';
import { AGENCY_KIND_KEYS } from '../reference/ref-words';
import { agencyQueries, subtreeIds } from './agencies.queries';
import { AgencyPicker } from './AgencyPicker';

const agencyForm = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,29}$/, { error: 'validation.agencyCode' }),
  name: formText(80, true),
  parentId: pickedOptional,
  kind: z.enum(AGENCY_KINDS, { error: 'validation.invalidValue' }),
});
type Values = z.input<typeof agencyForm>;
type Output = z.output<typeof agencyForm>;
const FIELDS = pathMapper<Values>({
  code: 'code',
  name: 'name',
  parentId: 'parentId',
  kind: 'kind',
});

/** 新增機關 / 編輯機關: name, code, kind, and where in the tree (moving a branch included). */
export function AgencyDialog({
  agency,
  onClose,
  onDone,
}: {
  /** Absent: a new agency. */
  readonly agency?: AgencyRow;
  readonly onClose: () => void;
  readonly onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText();
  const errorText = useErrorText();
  const all = useQuery(agencyQueries.all());
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<Values, unknown, Output>({
    resolver: contractResolver(agencyForm),
    defaultValues: {
      code: agency?.code ?? '',
      name: agency?.name ?? '',
      parentId: agency?.parentId ?? null,
      kind: agency?.kind ?? 'agency',
    },
  });
  const { errors, isDirty } = form.formState;
  const save = useMutation({
    mutationFn: async (v: Output) => {
      if (agency) await call('agencies.update', { id: agency.id, ...v });
      else await call('agencies.create', v);
    },
  });
  const { requestClose, guard } = useDiscardGuard(isDirty, onClose);
  const title = agency ? t('agencies.edit.title', { name: agency.name }) : t('agencies.add.title');
  const exclude = agency ? subtreeIds(all.data?.agencies ?? [], agency.id) : undefined;
  const onSubmit = form.handleSubmit((v) => {
    setFailure(null);
    save.mutate(v, {
      onSuccess: () => onDone(v.name),
      onError: (e) => {
        const left = applyFieldIssues(e, form.setError, FIELDS);
        if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
      },
    });
  });
  return (
    <>
      <Dialog open title={title} onClose={requestClose}>
        <Form onSubmit={(e) => void onSubmit(e)} aria-label={title}>
          <div className="form-grid" data-columns="2">
            <TextField
              label={t('agencies.field.name')}
              autoComplete="off"
              autoFocus
              required
              requiredMark={t('common.requiredMark')}
              error={fieldError(errors.name)}
              {...form.register('name')}
            />
            <TextField
              label={t('agencies.field.code')}
              description={t('agencies.field.codeHelp')}
              autoComplete="off"
              spellCheck={false}
              required
              requiredMark={t('common.requiredMark')}
              error={fieldError(errors.code)}
              {...form.register('code')}
            />
            <Field label={t('agencies.field.kind')} error={fieldError(errors.kind)}>
              {(control) => (
                <select {...control} {...form.register('kind')}>
                  {AGENCY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(AGENCY_KIND_KEYS[k])}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <AgencyPicker
              control={form.control}
              name="parentId"
              label={t('agencies.field.parent')}
              description={t('agencies.field.parentHelp')}
              {...(exclude ? { exclude } : {})}
            />
          </div>
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
              {agency ? t('agencies.edit.submit') : t('agencies.add.submit')}
            </Button>
          </div>
        </Form>
      </Dialog>
      {guard}
    </>
  );
}
