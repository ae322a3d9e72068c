import { useQuery } from '@tanstack/react-query';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../../shared/ipc/schemas/clients';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { Combobox } from '../../ui/Combobox';
import { clientQueries } from './clients.queries';
import { useClientWords } from './client-words';

/**
 * Finds a client by a name fragment (1–2 characters are enough), phone digits or e-mail, as the
 * person types (one query per pause), and picks one. Used by intake and the quick contact.
 */
export function ClientPicker({
  label,
  value,
  onChange,
  selectedLabel,
  description,
  error,
  required = false,
  inputRef,
  autoFocus = false,
  excludeId,
}: {
  readonly label: string;
  readonly value: string | null;
  readonly onChange: (id: string | null, client: ClientSummary | null) => void;
  /** The chosen client's label when it came from elsewhere (a link, a restored draft). */
  readonly selectedLabel?: string | undefined;
  readonly description?: string | undefined;
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly autoFocus?: boolean;
  readonly excludeId?: string;
}) {
  const { t } = useTranslation();
  const words = useClientWords();
  const [typed, setTyped] = useState('');
  const [chosen, setChosen] = useState<ClientSummary | null>(null);
  const q = useDebouncedValue(typed.trim(), 250);
  const search = useQuery({ ...clientQueries.search(q), enabled: q !== '' });
  const found = (search.data?.clients ?? []).filter((c) => c.id !== excludeId);
  const waiting = typed.trim() !== '' && (q !== typed.trim() || search.isFetching);
  return (
    <Combobox
      label={label}
      description={description}
      error={error}
      required={required}
      requiredMark={t('common.requiredMark')}
      {...(inputRef ? { inputRef } : {})}
      autoFocus={autoFocus}
      filter={false}
      onQueryChange={setTyped}
      options={found.map((c) => ({ value: c.id, label: c.name, detail: words.summaryDetail(c) }))}
      value={value}
      selectedLabel={chosen?.id === value ? chosen.name : selectedLabel}
      pendingText={
        typed.trim() === ''
          ? t('clients.picker.typeToSearch')
          : waiting
            ? t('clients.picker.searching')
            : t('clients.picker.none')
      }
      onChange={(id) => {
        const client = found.find((c) => c.id === id) ?? null;
        setChosen(client);
        onChange(id, client);
      }}
      testId="client-picker"
    />
  );
}
