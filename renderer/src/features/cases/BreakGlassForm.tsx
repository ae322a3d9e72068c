import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { TextAreaField } from '../../ui/TextAreaField';

/** True when core refused the case page because it belongs to another counsellor. */
export const needsBreakGlass = (e: unknown): boolean =>
  isApiError(e) && e.error.key === 'errors.breakGlassRequired';

/**
 * Break-glass (SECURITY.md §4): a counsellor opening a case assigned to someone else writes why.
 * Core records it, audits it and shows it to the assigned counsellor; the page then opens.
 */
export function BreakGlassForm({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const open = useMutation({
    mutationFn: () => call('cases.get', { id, breakGlassReason: reason }),
    onSuccess: (value) => queryClient.setQueryData(['cases', 'detail', id], value),
  });
  const fieldError = isApiError(open.error)
    ? open.error.error.issues?.find((i) => i.path[0] === 'breakGlassReason')
    : undefined;
  return (
    <Notice tone="error" title={t('cases.breakGlass.title')}>
      <p>{t('errors.breakGlassRequired')}</p>
      <Form
        onSubmit={(e) => {
          e.preventDefault();
          open.mutate();
        }}
        aria-label={t('cases.breakGlass.title')}
      >
        <TextAreaField
          label={t('cases.breakGlass.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={
            fieldError
              ? t('validation.breakGlassReason')
              : open.isError
                ? errorText(open.error)
                : undefined
          }
          required
          rows={3}
        />
        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={open.isPending}>
            {t('cases.breakGlass.submit')}
          </Button>
        </div>
      </Form>
    </Notice>
  );
}
