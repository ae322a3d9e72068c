import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toIpcChunks } from '../../../../shared/domain/csv-chunks';
import { isMessageKey } from '../../../../shared/i18n/index';
import type { OutputOf } from '../../../../shared/ipc/types';
import { call } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { countLines, previewCsv } from './csv-preview';
import { decodeCsv, type CsvEncoding } from './decode-csv';

type ImportResult = OutputOf<'agencies.importCsv'>;
type LineError = ImportResult['errors'][number];

const PREVIEW_ROWS = 50;
const ENCODING_KEYS = {
  'utf-8-bom': 'agencies.import.encoding.utf8bom',
  'utf-8': 'agencies.import.encoding.utf8',
  big5: 'agencies.import.encoding.big5',
} as const satisfies Record<CsvEncoding, string>;

interface Picked {
  readonly name: string;
  readonly text: string;
  readonly encoding: CsvEncoding;
}

/**
 * 匯入機關與員額 (CSV): pick a file → it is read here as text (UTF-8 with or without BOM, or
 * Big5) → a dry run lists the rows and every line's problem with its line number → 匯入 writes
 * all or nothing. The file never leaves the renderer as a path, only as text in chunks.
 */
export function AgencyImport({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [readFailed, setReadFailed] = useState(false);
  const run = useMutation({
    mutationFn: ({ text, dryRun }: { text: string; dryRun: boolean }) =>
      call('agencies.importCsv', { chunks: toIpcChunks(text), dryRun }),
    onSuccess: (r) => {
      if (r.written) void queryClient.invalidateQueries({ queryKey: ['agencies'] });
    },
  });
  const result = run.data;

  const onFile = async (file: File | undefined) => {
    run.reset();
    setPicked(null);
    setReadFailed(false);
    if (!file) return;
    try {
      const { text, encoding } = decodeCsv(new Uint8Array(await file.arrayBuffer()));
      setPicked({ name: file.name, text, encoding });
      run.mutate({ text, dryRun: true });
    } catch {
      setReadFailed(true);
    }
  };

  const lineText = (e: LineError) => {
    const message = isMessageKey(e.key)
      ? e.params
        ? t(e.key, { ...e.params })
        : t(e.key)
      : t('validation.invalid');
    return e.line > 0 ? t('agencies.import.lineError', { line: e.line, message }) : message;
  };
  const errorLines = new Set(result?.errors.map((e) => e.line) ?? []);
  const records = picked ? previewCsv(picked.text, PREVIEW_ROWS + 1) : [];
  const [header, ...rows] = records;

  return (
    <section
      className="card import-panel"
      aria-labelledby="import-title"
      data-testid="agency-import"
    >
      <div className="section-head">
        <h2 className="card-title" id="import-title">
          {t('agencies.import.title')}
        </h2>
        <Button onClick={onClose}>{t('agencies.import.close')}</Button>
      </div>
      <p className="card-note">{t('agencies.import.lead')}</p>
      <details className="import-format">
        <summary>{t('agencies.import.formatTitle')}</summary>
        <p className="small">{t('agencies.import.formatBody')}</p>
        <pre className="mono small">{t('agencies.import.template')}</pre>
      </details>
      <div className="field file-pick">
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <label htmlFor={inputId} className="button">
          {t('agencies.import.file')}
        </label>
        <span className="muted small">{picked?.name ?? t('agencies.import.noFile')}</span>
      </div>
      {readFailed ? <Notice tone="error" title={t('agencies.import.readFailed')} /> : null}
      {picked ? (
        <p className="small muted" data-testid="import-file">
          {t('agencies.import.fileInfo', {
            encoding: t(ENCODING_KEYS[picked.encoding]),
            lines: countLines(picked.text),
          })}
        </p>
      ) : null}
      {run.isPending ? (
        <p role="status" className="status-text">
          {t('agencies.import.checking')}
        </p>
      ) : null}
      {run.isError ? (
        <Notice tone="error" title={t('agencies.import.failed')}>
          <p>{errorText(run.error)}</p>
        </Notice>
      ) : null}
      {result?.written ? (
        <div className="result-ok" role="status" data-testid="import-done">
          <p className="notice-title">
            {t('agencies.import.done', {
              created: result.agenciesCreated,
              updated: result.agenciesUpdated,
              headcounts: result.headcountsSet,
            })}
          </p>
        </div>
      ) : result ? (
        <div className="import-result" data-testid="import-result">
          <p>
            {t('agencies.import.summary', {
              rows: result.rows,
              created: result.agenciesCreated,
              updated: result.agenciesUpdated,
              headcounts: result.headcountsSet,
            })}
          </p>
          {result.errorCount > 0 ? (
            <div className="notice" data-tone="error" role="alert" data-testid="import-errors">
              <p className="notice-title">
                {t('agencies.import.errors', { count: result.errorCount })}
              </p>
              <ul className="import-errors">
                {result.errors.map((e, i) => (
                  <li key={i}>{lineText(e)}</li>
                ))}
              </ul>
              {result.errorCount > result.errors.length ? (
                <p className="small">
                  {t('agencies.import.moreErrors', {
                    count: result.errorCount - result.errors.length,
                  })}
                </p>
              ) : null}
            </div>
          ) : (
            <p className="result-ok">{t('agencies.import.noErrors')}</p>
          )}
          {header ? (
            <div className="table-scroll">
              <table className="table import-preview" data-testid="import-preview">
                <caption className="visually-hidden">{t('agencies.import.previewCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('agencies.import.line')}</th>
                    {header.fields.map((f, i) => (
                      <th key={i} scope="col">
                        {f}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.slice(0, PREVIEW_ROWS).map((r) => (
                    <tr key={r.line} data-error={errorLines.has(r.line) || undefined}>
                      <td className="mono">
                        {errorLines.has(r.line) ? (
                          <span className="line-error">
                            {r.line}
                            <span className="visually-hidden">{t('agencies.import.hasError')}</span>
                          </span>
                        ) : (
                          r.line
                        )}
                      </td>
                      {r.fields.map((f, i) => (
                        <td key={i}>{f}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              {rows.length > PREVIEW_ROWS ? (
                <p className="small muted">
                  {t('agencies.import.previewMore', { count: PREVIEW_ROWS })}
                </p>
              ) : null}
            </div>
          ) : null}
          <div className="form-actions">
            <Button
              variant="primary"
              disabled={result.errorCount > 0 || run.isPending || !picked}
              aria-busy={run.isPending}
              onClick={() => picked && run.mutate({ text: picked.text, dryRun: false })}
            >
              {t('agencies.import.write')}
            </Button>
            {result.errorCount > 0 ? (
              <p className="small muted">{t('agencies.import.fixFirst')}</p>
            ) : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
