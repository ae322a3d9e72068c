import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { REF_PARENT_LIST, type RefList } from '../../../../shared/domain/reference-lists';
import type { RefItem } from '../../../../shared/ipc/schemas/reference';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { applyFieldIssues, contractResolver, useFieldErrorText } from '../../lib/form-errors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useDiscardGuard } from '../../ui/DiscardGuard';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';
import { itemLabel } from './ref-labels';
import { RefPicker } from './RefPicker';
import {
  REF_ITEM_FIELDS,
  refItemCreateForm,
  refItemForm,
  type RefItemOutput,
  type RefItemValues,
} from './ref-item-form';
import { LIST_KEYS } from './ref-words';

/** 新增 or 編輯 a reference item: labels in both languages, the order, a topic's facet. */
export function RefItemDialog({
  list,
  item,
  onClose,
  onDone,
}: {
  readonly list: RefList;
  /** Absent: a new item. */
  readonly item?: RefItem;
  readonly onClose: () => void;
  readonly onDone: (label: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const fieldError = useFieldErrorText();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  const parentList = REF_PARENT_LIST[list];
  const form = useForm<RefItemValues, unknown, RefItemOutput>({
    resolver: contractResolver(item ? refItemForm : refItemCreateForm),
    defaultValues: {
      code: item?.code ?? '',
      labelZh: item?.labelZh ?? '',
      labelEn: item?.labelEn ?? '',
      parentCode: item?.parentCode ?? null,
      sortOrder: item ? String(item.sortOrder) : '',
    },
  });
  const { errors, isDirty } = form.formState;
  const save = useMutation({
    mutationFn: async (v: RefItemOutput) => {
      if (item)
        await call('reference.update', {
          id: item.id,
          labelZh: v.labelZh,
          labelEn: v.labelEn,
          ...(parentList ? { parentCode: v.parentCode } : {}),
          ...(v.sortOrder !== undefined ? { sortOrder: v.sortOrder } : {}),
        });
      else
        await call('reference.create', {
          list,
          code: v.code,
          labelZh: v.labelZh,
          labelEn: v.labelEn,
          ...(parentList ? { parentCode: v.parentCode } : {}),
          ...(v.sortOrder !== undefined ? { sortOrder: v.sortOrder } : {}),
        });
    },
  });
  const { requestClose, guard } = useDiscardGuard(isDirty, onClose);
  const title = item
    ? t('refAdmin.edit.title', { label: itemLabel(item, i18n.language) })
    : t('refAdmin.add.title', { list: t(LIST_KEYS[list]) });
  const onSubmit = form.handleSubmit((v) => {
    setFailure(null);
    save.mutate(v, {
      onSuccess: () => onDone(i18n.language === 'en' ? v.labelEn : v.labelZh),
      onError: (e) => {
        const left = applyFieldIssues(e, form.setError, REF_ITEM_FIELDS);
        if (!isApiError(e) || !e.error.issues || left.length > 0) setFailure(e);
      },
    });
  });
  return (
    <>
      <Dialog open title={title} onClose={requestClose}>
        <Form onSubmit={(e) => void onSubmit(e)} aria-label={title}>
          <div className="form-grid" data-columns="2">
            {item ? (
              <div className="field">
                <p className="field-label">{t('refAdmin.field.code')}</p>
                <p className="mono">{item.code}</p>
                <p className="field-description">{t('refAdmin.field.codeFixed')}</p>
              </div>
            ) : (
              <TextField
                label={t('refAdmin.field.code')}
                description={t('refAdmin.field.codeHelp')}
                autoComplete="off"
                spellCheck={false}
                autoFocus
                required
                requiredMark={t('common.requiredMark')}
                error={fieldError(errors.code)}
                {...form.register('code')}
              />
            )}
            <TextField
              label={t('refAdmin.field.sortOrder')}
              description={t('refAdmin.field.sortOrderHelp')}
              inputMode="numeric"
              autoComplete="off"
              className="number-input"
              error={fieldError(errors.sortOrder)}
              {...form.register('sortOrder')}
            />
            <TextField
              label={t('refAdmin.field.labelZh')}
              autoComplete="off"
              autoFocus={item !== undefined}
              required
              requiredMark={t('common.requiredMark')}
              error={fieldError(errors.labelZh)}
              {...form.register('labelZh')}
            />
            <TextField
              label={t('refAdmin.field.labelEn')}
              autoComplete="off"
              required
              requiredMark={t('common.requiredMark')}
              error={fieldError(errors.labelEn)}
              {...form.register('labelEn')}
            />
          </div>
          {parentList ? (
            <RefPicker
              control={form.control}
              name="parentCode"
              list={parentList}
              label={t('refAdmin.field.parent')}
              required
            />
          ) : null}
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
              {item ? t('refAdmin.edit.submit') : t('refAdmin.add.submit')}
            </Button>
          </div>
        </Form>
      </Dialog>
      {guard}
    </>
  );
}
