import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyRow } from '../../../../shared/ipc/schemas/agencies';
import { call } from '../../lib/api';
import { useMessageText } from '../../lib/message-text';
import { useErrorText, type Message } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/Card';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { RowButton } from '../../ui/RowButton';
import { StatusBadge } from '../../ui/StatusBadge';
import { TextField } from '../../ui/TextField';
import { AGENCY_KIND_KEYS } from '../reference/ref-words';
import { agencyQueries } from './agencies.queries';
import { AgencyDialog } from './AgencyDialog';
import { AgencyImport } from './AgencyImport';
import { HeadcountDialog } from './HeadcountDialog';
import '../cases/case-work.css';
import { useOfficeMonth } from '../app/useOfficeToday';

type Acting =
  | { readonly kind: 'add' }
  | { readonly kind: 'edit'; readonly agency: AgencyRow }
  | { readonly kind: 'headcount'; readonly agency: AgencyRow };

/** A typed ROC (114) or Gregorian (2025) year → Gregorian, or null. */
export function readYear(text: string): number | null {
  const s = text.normalize('NFKC').trim();
  if (!/^\d{2,4}$/.test(s)) return null;
  const n = Number(s);
  const year = s.length <= 3 ? n + 1911 : n;
  return year >= 1912 && year <= 2910 ? year : null;
}

/**
 * 機關學校: the agency tree (city government, bureaus, agencies, schools, district offices) with
 * each one's headcount for a year, so usage can be reported per agency and rolled up. Add, edit,
 * move, deactivate (never delete: old cases point at them), and import from CSV.
 */
export function AgenciesAdminPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const thisYear = useOfficeMonth().year;
  const [yearText, setYearText] = useState(String(thisYear - 1911));
  const year = readYear(yearText) ?? thisYear;
  const agencies = useQuery(agencyQueries.all());
  const headcounts = useQuery(agencyQueries.headcounts(year));
  const [showInactive, setShowInactive] = useState(false);
  const [importing, setImporting] = useState(false);
  const [acting, setActing] = useState<Acting | null>(null);
  const [done, setDone] = useState<Message | null>(null);
  const messageText = useMessageText();
  const setActive = useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      call('agencies.update', { id, active }),
    onSuccess: (_v, { active }) => {
      void queryClient.invalidateQueries({ queryKey: ['agencies'] });
      setDone(active ? { key: 'agencies.done.reactivated' } : { key: 'agencies.done.deactivated' });
    },
  });

  const byAgency = useMemo(() => {
    const map = new Map<string, Map<string, number>>();
    for (const r of headcounts.data?.rows ?? []) {
      const m = map.get(r.agencyId) ?? new Map<string, number>();
      m.set(r.category ?? '', r.headcount);
      map.set(r.agencyId, m);
    }
    return map;
  }, [headcounts.data]);
  const rows = (agencies.data?.agencies ?? []).filter((a) => showInactive || a.active);

  return (
    <Page title={t('agencies.title')} description={t('agencies.description')}>
      <div className="page-toolbar toolbar-split">
        <div className="toolbar-fields">
          <TextField
            label={t('agencies.year')}
            description={t('agencies.yearHelp')}
            inputMode="numeric"
            autoComplete="off"
            className="number-input"
            value={yearText}
            error={readYear(yearText) === null ? t('validation.year') : undefined}
            onChange={(e) => setYearText(e.target.value)}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={showInactive}
              onChange={(e) => setShowInactive(e.target.checked)}
            />
            {t('agencies.showInactive')}
          </label>
        </div>
        <div className="toolbar-buttons">
          <Button onClick={() => setImporting((v) => !v)} aria-expanded={importing}>
            {t('agencies.import.open')}
          </Button>
          <Button variant="primary" onClick={() => setActing({ kind: 'add' })}>
            {t('agencies.add.open')}
          </Button>
        </div>
      </div>
      {importing ? <AgencyImport onClose={() => setImporting(false)} /> : null}
      {done ? (
        <div className="page-notice">
          <Notice tone="info" title={messageText(done)} />
        </div>
      ) : null}
      {setActive.isError ? (
        <Notice tone="error" title={t('agencies.failed')}>
          <p>{errorText(setActive.error)}</p>
        </Notice>
      ) : null}
      {agencies.isPending ? (
        <p role="status" className="status-text">
          {t('common.loading')}
        </p>
      ) : agencies.isError ? (
        <Notice tone="error" title={t('agencies.loadFailed')}>
          <p>{errorText(agencies.error)}</p>
        </Notice>
      ) : rows.length === 0 ? (
        <EmptyState>{t('agencies.empty')}</EmptyState>
      ) : (
        <div className="table-block">
          <p className="table-count" role="status">
            {t('agencies.count', { count: rows.length })}
          </p>
          <table className="table agency-tree" data-testid="agency-tree">
            <caption className="visually-hidden">{t('agencies.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('agencies.field.name')}</th>
                <th scope="col">{t('agencies.field.code')}</th>
                <th scope="col">{t('agencies.field.kind')}</th>
                <th scope="col" className="numeric">
                  {t('agencies.column.headcount', { year: year - 1911 })}
                </th>
                <th scope="col">{t('agencies.column.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('agencies.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => {
                const counts = byAgency.get(a.id);
                const total = counts?.get('');
                return (
                  <tr key={a.id} data-inactive={!a.active || undefined}>
                    <td>
                      <span
                        className="tree-name"
                        style={{ paddingInlineStart: `${a.depth * 1.25}rem` }}
                      >
                        {a.depth > 0 ? (
                          <span className="tree-guide" aria-hidden="true">
                            └
                          </span>
                        ) : null}
                        {a.name}
                      </span>
                    </td>
                    <td className="mono">{a.code}</td>
                    <td className="nowrap-cell">{t(AGENCY_KIND_KEYS[a.kind])}</td>
                    <td className="numeric">
                      {total !== undefined ? (
                        total.toLocaleString()
                      ) : (
                        <span className="muted">—</span>
                      )}
                      {counts && counts.size > (total !== undefined ? 1 : 0) ? (
                        <span className="muted small">
                          {' '}
                          {t('agencies.byCategory', {
                            count: counts.size - (total !== undefined ? 1 : 0),
                          })}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      {a.active ? (
                        <StatusBadge tone="ok">{t('refAdmin.status.active')}</StatusBadge>
                      ) : (
                        <StatusBadge tone="neutral">{t('refAdmin.status.inactive')}</StatusBadge>
                      )}
                    </td>
                    <td>
                      <span className="row-actions">
                        <RowButton
                          label={t('agencies.action.edit')}
                          name={a.name}
                          onClick={() => setActing({ kind: 'edit', agency: a })}
                        />
                        <RowButton
                          label={t('agencies.action.headcount')}
                          name={a.name}
                          onClick={() => setActing({ kind: 'headcount', agency: a })}
                        />
                        <RowButton
                          label={
                            a.active
                              ? t('refAdmin.action.deactivate')
                              : t('refAdmin.action.reactivate')
                          }
                          name={a.name}
                          onClick={() => {
                            setDone(null);
                            setActive.mutate({ id: a.id, active: !a.active });
                          }}
                        />
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {acting?.kind === 'add' || acting?.kind === 'edit' ? (
        <AgencyDialog
          {...(acting.kind === 'edit' ? { agency: acting.agency } : {})}
          onClose={() => setActing(null)}
          onDone={(name) => {
            void queryClient.invalidateQueries({ queryKey: ['agencies'] });
            setDone(
              acting.kind === 'add'
                ? { key: 'agencies.done.added', params: { name } }
                : { key: 'agencies.done.edited', params: { name } },
            );
            setActing(null);
          }}
        />
      ) : null}
      {acting?.kind === 'headcount' ? (
        <HeadcountDialog
          agency={acting.agency}
          year={year}
          current={byAgency.get(acting.agency.id) ?? new Map()}
          onClose={() => setActing(null)}
          onDone={() => {
            void queryClient.invalidateQueries({ queryKey: ['agencies'] });
            setDone({ key: 'agencies.done.headcount', params: { name: acting.agency.name } });
            setActing(null);
          }}
        />
      ) : null}
    </Page>
  );
}
