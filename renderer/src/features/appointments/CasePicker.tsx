import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Combobox } from '../../ui/Combobox';
import { ClientPicker } from '../clients/ClientPicker';
import { clientQueries } from '../clients/clients.queries';

/**
 * Which case a booking is for: find the client (name, phone or e-mail), then pick one of their
 * open cases (the only one is taken at once). Case numbers alone are hard to say on the phone;
 * the caller gives their name.
 */
export function CasePicker({
  caseId,
  clientId,
  onChange,
  error,
}: {
  readonly caseId: string | null;
  readonly clientId: string | null;
  readonly onChange: (pick: { caseId: string | null; clientId: string | null }) => void;
  readonly error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [clientLabel, setClientLabel] = useState<string | undefined>(undefined);
  const detail = useQuery({ ...clientQueries.detail(clientId ?? ''), enabled: clientId !== null });
  const open = (detail.data?.client.cases ?? []).filter((c) => c.status !== 'closed');
  const only = open.length === 1 ? (open[0]?.id ?? null) : null;
  // One open case (the usual): take it, so booking by phone is name → time → save.
  useEffect(() => {
    if (clientId && only && caseId === null) onChange({ clientId, caseId: only });
  }, [clientId, only, caseId, onChange]);
  return (
    <>
      <ClientPicker
        label={t('appt.field.client')}
        value={clientId}
        selectedLabel={clientLabel}
        required
        autoFocus
        onChange={(id, client) => {
          setClientLabel(client?.name);
          onChange({ clientId: id, caseId: null });
        }}
      />
      <Combobox
        label={t('appt.field.case')}
        description={
          clientId && detail.data && open.length === 0
            ? t('appt.field.caseNone')
            : t('appt.field.caseHelp')
        }
        options={open.map((c) => ({ value: c.id, label: c.caseNumber }))}
        value={caseId}
        onChange={(id) => onChange({ clientId, caseId: id })}
        error={error}
        required
        requiredMark={t('common.requiredMark')}
        disabled={!clientId}
        testId="case-picker"
      />
    </>
  );
}
