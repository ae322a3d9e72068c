import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDateInput } from '../../lib/format';
import { call } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { DateField, EMPTY_DATE, type DateValue } from '../../ui/DateField';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';
import { ClientPicker } from '../clients/ClientPicker';

/**
 * One session a provider reported or invoiced (no clinical content): who, when, how many
 * hours; it counts towards the client's subsidy like an in-house session.
 */
export function RecordReportForm({ providerId }: { readonly providerId: string | null }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [clientId, setClientId] = useState<string | null>(null);
  const [date, setDate] = useState<DateValue>(EMPTY_DATE);
  const [hours, setHours] = useState('');
  const [reference, setReference] = useState('');
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      call('providerReports.record', {
        providerId: providerId ?? '',
        ...(clientId ? { clientId } : {}),
        date: date.iso ?? '',
        hours: Number(hours.normalize('NFKC')),
        ...(reference.trim() ? { providerReference: reference.trim() } : {}),
      }),
  });
  const h = Number(hours.normalize('NFKC'));
  const hoursError =
    tried && (!Number.isFinite(h) || h < 0.5 || h > 24 || !Number.isInteger(h * 2))
      ? t('validation.halfHourSteps')
      : undefined;
  const clientError = tried && !clientId ? t('validation.required') : undefined;
  const parsed = parseDateInput(date.text);
  return (
    <Card title={t('provider.record.title')} testId="provider-record">
      <Form
        aria-label={t('provider.record.title')}
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          setDone(false);
          if (!providerId || !clientId || !parsed.ok || hoursError || hours.trim() === '') return;
          save.mutate(undefined, {
            onSuccess: () => {
              setDone(true);
              setTried(false);
              setHours('');
              setReference('');
            },
          });
        }}
      >
        <div className="form-grid" data-columns="2">
          <ClientPicker
            label={t('provider.record.client')}
            value={clientId}
            onChange={(id) => setClientId(id)}
            required
            error={clientError}
            description={t('provider.record.clientHelp')}
          />
          <DateField
            label={t('provider.record.date')}
            value={date}
            onChange={setDate}
            required
            showError={tried}
            requiredMark={t('common.requiredMark')}
          />
          <TextField
            label={t('provider.record.hours')}
            description={t('quota.request.hoursHelp')}
            inputMode="decimal"
            className="number-input"
            required
            requiredMark={t('common.requiredMark')}
            value={hours}
            error={hoursError}
            onChange={(e) => setHours(e.target.value)}
          />
          <TextField
            label={t('provider.record.reference')}
            description={t('provider.record.referenceHelp')}
            value={reference}
            onChange={(e) => setReference(e.target.value)}
            autoComplete="off"
          />
        </div>
        {save.isError ? (
          <p className="form-error" role="alert">
            {errorText(save.error)}
          </p>
        ) : null}
        {done ? (
          <p className="result-ok" role="status">
            {t('provider.record.done')}
          </p>
        ) : null}
        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={!providerId || save.isPending}>
            {t('provider.record.save')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
