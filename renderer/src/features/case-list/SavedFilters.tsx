import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListFilter } from '../../../../shared/ipc/schemas/case-list';
import { call } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { preventImeEnterSubmit } from '../../lib/keyboard';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { sameFilter } from './case-filter';
import { savedFilterQueries } from './case-list.queries';

type Saved = { readonly id: string; readonly name: string; readonly filter: CaseListFilter };

/**
 * A person's saved filters, kept in the database for them (never in browser storage): apply one
 * with a click, save the current conditions under a name (the same name replaces), delete.
 */
export function SavedFilters({
  current,
  onApply,
}: {
  readonly current: CaseListFilter;
  readonly onApply: (filter: CaseListFilter) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const list = useQuery(savedFilterQueries.list());
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [deleting, setDeleting] = useState<Saved | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['savedFilters'] });
  const save = useMutation({
    mutationFn: (n: string) => call('savedFilters.save', { name: n, filter: current }),
    onSuccess: async () => {
      await refresh();
      setNaming(false);
      setName('');
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => call('savedFilters.delete', { id }),
    onSuccess: async () => {
      await refresh();
      setDeleting(null);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() !== '') save.mutate(name.trim());
  };
  const filters = list.data?.filters ?? [];

  return (
    <section
      className="saved-filters"
      aria-labelledby="saved-filters-title"
      data-testid="saved-filters"
    >
      <h2 id="saved-filters-title" className="chip-group-label">
        {t('caseList.saved.title')}
      </h2>
      {filters.length === 0 ? (
        <span className="muted small">
          {list.isPending ? t('common.loading') : t('caseList.saved.empty')}
        </span>
      ) : (
        <ul className="saved-filter-list">
          {filters.map((f) => (
            <li key={f.id} className="chip" data-active={sameFilter(f.filter, current)}>
              <button
                type="button"
                className="chip-apply"
                aria-pressed={sameFilter(f.filter, current)}
                onClick={() => onApply(f.filter)}
              >
                {f.name}
              </button>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('caseList.saved.delete', { name: f.name })}
                onClick={() => setDeleting(f)}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <Button className="row-button" onClick={() => setNaming(true)}>
        {t('caseList.saved.save')}
      </Button>
      <Dialog
        open={naming}
        title={t('caseList.saved.saveTitle')}
        onClose={() => setNaming(false)}
        size="small"
      >
        <form onSubmit={submit} onKeyDown={preventImeEnterSubmit}>
          <TextField
            label={t('caseList.saved.name')}
            description={t('caseList.saved.nameHelp')}
            value={name}
            maxLength={40}
            autoFocus
            onChange={(e) => setName(e.target.value)}
            error={save.isError ? errorText(save.error) : undefined}
          />
          <div className="dialog-actions">
            <Button onClick={() => setNaming(false)}>{t('common.cancel')}</Button>
            <Button type="submit" variant="primary" disabled={save.isPending || name.trim() === ''}>
              {t('caseList.saved.confirm')}
            </Button>
          </div>
        </form>
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title={t('caseList.saved.deleteTitle')}
        confirmLabel={t('caseList.saved.deleteConfirm')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => deleting && remove.mutate(deleting.id)}
        onCancel={() => setDeleting(null)}
        busy={remove.isPending}
        error={remove.isError ? errorText(remove.error) : undefined}
      >
        <p>{t('caseList.saved.deleteBody', { name: deleting?.name ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
