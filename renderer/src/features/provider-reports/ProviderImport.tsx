import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { toIpcChunks } from '../../../../shared/domain/csv-chunks';
import type { providerImportOutput } from '../../../../shared/ipc/schemas/quota';
import { isMessageKey } from '../../../../shared/i18n/index';
import { call } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Field } from '../../ui/Field';
import { formatHours } from '../appointments/appointment-words';
import { decodeCsvBytes, periodOf } from './decode-text';
import { useOfficeMonth } from '../app/useOfficeToday';

type Result = z.infer<typeof providerImportOutput>;
const CHOICES = [...Array.from({ length: 12 }, (_, i) => String(i + 1)), 'Q1', 'Q2', 'Q3', 'Q4'];

/**
 * The provider's monthly or quarterly CSV: file → text (UTF-8 or Big5) → chunks → a dry run
 * (matches, new clients, errors per line) → import, all or nothing.
 */
export function ProviderImport({ providerId }: { readonly providerId: string | null }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const now = useOfficeMonth();
  const [year, setYear] = useState(String(now.year - 1911));
  const [choice, setChoice] = useState(String(now.month));
  const [file, setFile] = useState<{ name: string; text: string; encoding: string } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const run = useMutation({
    mutationFn: (dryRun: boolean) =>
      call('providerReports.importCsv', {
        providerId: providerId ?? '',
        period: periodOf(Number(year) + 1911, choice),
        chunks: toIpcChunks(file?.text ?? ''),
        dryRun,
      }),
    onSuccess: setResult,
  });
  const reset = () => {
    setResult(null);
    run.reset();
  };
  const lineError = (e: Result['errors'][number]) =>
    isMessageKey(e.key) ? t(e.key, { ...(e.params ?? {}) }) : t('validation.invalid');
  const counts = result
    ? {
        matched: result.matches.filter((m) => m.how !== 'new').length,
        added: result.matches.filter((m) => m.how === 'new').length,
      }
    : null;
  return (
    <Card title={t('provider.import.title')} testId="provider-import">
      <p className="card-note">{t('provider.import.lead')}</p>
      <div className="form-grid" data-columns="2">
        <Field label={t('provider.import.year')} description={t('provider.import.yearHelp')}>
          {(control) => (
            <input
              {...control}
              className="number-input"
              inputMode="numeric"
              value={year}
              onChange={(e) => {
                setYear(e.target.value.normalize('NFKC'));
                reset();
              }}
            />
          )}
        </Field>
        <Field label={t('provider.import.period')}>
          {(control) => (
            <select
              {...control}
              value={choice}
              onChange={(e) => {
                setChoice(e.target.value);
                reset();
              }}
            >
              {CHOICES.map((c) => (
                <option key={c} value={c}>
                  {c.startsWith('Q')
                    ? t('provider.import.quarter', { q: c.slice(1) })
                    : t('provider.import.month', { m: c })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('provider.import.file')} description={t('provider.import.fileHelp')}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              const f = e.target.files?.[0];
              reset();
              if (!f) return setFile(null);
              void f.arrayBuffer().then((buf) => {
                const { text, encoding } = decodeCsvBytes(new Uint8Array(buf));
                setFile({ name: f.name, text, encoding });
              });
            }}
          />
        )}
      </Field>
      {file ? (
        <p className="small muted">
          {t('provider.import.read', { encoding: file.encoding.toUpperCase() })}
        </p>
      ) : null}
      <div className="form-actions">
        <Button disabled={!file || !providerId || run.isPending} onClick={() => run.mutate(true)}>
          {t('provider.import.dryRun')}
        </Button>
        <Button
          variant="primary"
          disabled={!result?.dryRun || result.errorCount > 0 || run.isPending}
          onClick={() => run.mutate(false)}
        >
          {t('provider.import.run')}
        </Button>
      </div>
      {!providerId ? <p className="small muted">{t('provider.import.pickProvider')}</p> : null}
      {run.isError ? (
        <p className="form-error" role="alert">
          {errorText(run.error)}
        </p>
      ) : null}
      {result && counts ? (
        <div className="import-result" role="status" data-testid="import-result">
          <p className={result.written ? 'result-ok' : undefined}>
            {result.written
              ? t('provider.import.written', {
                  rows: result.rows,
                  hours: formatHours(result.totalHours),
                })
              : t('provider.import.summary', {
                  rows: result.rows,
                  hours: formatHours(result.totalHours),
                  matched: counts.matched,
                  added: counts.added,
                })}
          </p>
          {counts.added > 0 && !result.written ? (
            <p className="small">{t('provider.import.newHelp')}</p>
          ) : null}
          {result.errorCount > 0 ? (
            <>
              <p className="form-error">
                {t('provider.import.errors', { count: result.errorCount })}
              </p>
              <ul className="plain-list import-errors">
                {result.errors.map((e, i) => (
                  <li key={`${e.line}-${i}`}>
                    {t('provider.import.line', { line: e.line })}：{lineError(e)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
