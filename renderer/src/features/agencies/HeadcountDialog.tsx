import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyRow } from '../../../../shared/ipc/schemas/agencies';
import { call } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';
import { useRefData } from '../reference/ref-labels';

/** '' → remove the figure; a whole number ≥ 0 → set it; anything else → not valid. */
export function readHeadcount(text: string): number | null | 'invalid' {
  const s = text.normalize('NFKC').trim().replace(/,/g, '');
  if (s === '') return null;
  if (!/^\d{1,7}$/.test(s)) return 'invalid';
  const n = Number(s);
  return n <= 1_000_000 ? n : 'invalid';
}

const TOTAL = '';

/**
 * 員額: an agency's headcount for one year, in total and per staff category, so usage rates can
 * be reported per agency. An emptied figure is removed.
 */
export function HeadcountDialog({
  agency,
  year,
  current,
  onClose,
  onDone,
}: {
  readonly agency: AgencyRow;
  /** Gregorian year. */
  readonly year: number;
  /** Category code ('' for the total) → headcount. */
  readonly current: ReadonlyMap<string, number>;
  readonly onClose: () => void;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const ref = useRefData();
  const categories = ref.items('staffCategory').filter((c) => c.active || current.has(c.code));
  const keys = [TOTAL, ...categories.map((c) => c.code)];
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(keys.map((k) => [k, current.has(k) ? String(current.get(k)) : ''])),
  );
  const [submitted, setSubmitted] = useState(false);
  const save = useMutation({
    mutationFn: async (changes: { category: string; headcount: number | null }[]) => {
      for (const c of changes)
        await call('agencies.setHeadcount', {
          agencyId: agency.id,
          year,
          category: c.category === TOTAL ? null : c.category,
          headcount: c.headcount,
        });
    },
  });
  const invalid = keys.filter((k) => readHeadcount(texts[k] ?? '') === 'invalid');
  const title = t('agencies.headcount.title', { name: agency.name, year: year - 1911 });
  return (
    <Dialog open title={title} onClose={onClose}>
      <Form
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(true);
          if (invalid.length > 0) return;
          const changes = keys
            .map((k) => ({
              category: k,
              headcount: readHeadcount(texts[k] ?? '') as number | null,
            }))
            .filter((c) => c.headcount !== (current.get(c.category) ?? null));
          save.mutate(changes, { onSuccess: onDone });
        }}
      >
        <p className="dialog-lead">{t('agencies.headcount.lead')}</p>
        <div className="form-grid" data-columns="3">
          {keys.map((k, i) => (
            <TextField
              key={k || 'total'}
              label={k === TOTAL ? t('agencies.headcount.total') : ref.label('staffCategory', k)}
              inputMode="numeric"
              autoComplete="off"
              className="number-input"
              autoFocus={i === 0}
              value={texts[k] ?? ''}
              error={submitted && invalid.includes(k) ? t('validation.headcount') : undefined}
              onChange={(e) => setTexts((s) => ({ ...s, [k]: e.target.value }))}
            />
          ))}
        </div>
        {save.isError ? (
          <p className="form-error" role="alert">
            {errorText(save.error)}
          </p>
        ) : null}
        <div className="dialog-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="submit"
            variant="primary"
            disabled={save.isPending}
            aria-busy={save.isPending}
          >
            {t('agencies.headcount.submit')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
