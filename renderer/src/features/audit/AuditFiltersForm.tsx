import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountRow } from '../../../../shared/ipc/schemas/accounts';
import { useDateFormatter } from '../../lib/format';
import { Button } from '../../ui/Button';
import { DateField, EMPTY_DATE, readDate, type DateValue } from '../../ui/DateField';
import { Field } from '../../ui/Field';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';
import { NO_FILTERS, type AuditFilters } from './audit.queries';

/** Who, what and when; applied together, so a half-typed date never runs a query. */
export function AuditFiltersForm({
  accounts,
  onApply,
}: {
  readonly accounts: readonly AccountRow[];
  readonly onApply: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  const formatDate = useDateFormatter();
  const [actorId, setActorId] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState<DateValue>(EMPTY_DATE);
  const [to, setTo] = useState<DateValue>(EMPTY_DATE);
  const [submitted, setSubmitted] = useState(false);
  const reversed = from.iso !== null && to.iso !== null && from.iso > to.iso;

  const apply = () => {
    setSubmitted(true);
    if (from.failure || to.failure || reversed) return;
    if (from.iso) setFrom(readDate(formatDate(from.iso)));
    if (to.iso) setTo(readDate(formatDate(to.iso)));
    onApply({ actorId, action, from: from.iso, to: to.iso });
  };
  const clear = () => {
    setActorId('');
    setAction('');
    setFrom(EMPTY_DATE);
    setTo(EMPTY_DATE);
    setSubmitted(false);
    onApply(NO_FILTERS);
  };

  return (
    <Form
      className="filter-bar"
      aria-label={t('audit.filters.label')}
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <Field label={t('audit.filters.person')}>
        {(control) => (
          <select {...control} value={actorId} onChange={(e) => setActorId(e.target.value)}>
            <option value="">{t('audit.filters.anyone')}</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {t('audit.filters.personOption', { name: a.displayName, username: a.username })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        label={t('audit.filters.action')}
        description={t('audit.filters.actionHelp')}
        value={action}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setAction(e.target.value)}
      />
      <DateField
        label={t('audit.filters.from')}
        value={from}
        onChange={setFrom}
        showError={submitted}
      />
      <DateField label={t('audit.filters.to')} value={to} onChange={setTo} showError={submitted} />
      <div className="filter-actions">
        <Button type="submit" variant="primary">
          {t('audit.filters.apply')}
        </Button>
        <Button onClick={clear}>{t('audit.filters.clear')}</Button>
      </div>
      {submitted && reversed ? (
        <p className="form-error filter-error" role="alert">
          {t('audit.filters.reversed')}
        </p>
      ) : null}
    </Form>
  );
}
