import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/ipc/types';
import { call } from '../../lib/api';
import { useMessageText } from '../../lib/message-text';
import { useErrorText, type Message } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/Card';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { RowButton } from '../../ui/RowButton';
import { StatusBadge } from '../../ui/StatusBadge';
import { CounsellorDialog } from './CounsellorDialog';
import { ProviderDialog } from './ProviderDialog';
import { providerQueries, staffQueries } from './reference.queries';
import { PROVIDER_KIND_KEYS } from './ref-words';
import '../cases/case-work.css';

type Provider = OutputOf<'providers.list'>['providers'][number];
type Counsellor = Provider['counsellors'][number];
type Acting =
  | { readonly kind: 'add' }
  | { readonly kind: 'edit'; readonly provider: Provider }
  | { readonly kind: 'addCounsellor'; readonly provider: Provider }
  | {
      readonly kind: 'editCounsellor';
      readonly provider: Provider;
      readonly counsellor: Counsellor;
    };

/**
 * 服務提供單位: the internal counselling room and contracted organisations (張老師基金會,
 * contracted clinics), with their counsellors and hourly rate (鐘點費, for the hours report).
 * Providers and counsellors are deactivated, never deleted.
 */
export function ProvidersAdminPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const providers = useQuery(providerQueries.list());
  const staff = useQuery(staffQueries.directory());
  const [acting, setActing] = useState<Acting | null>(null);
  const [done, setDone] = useState<Message | null>(null);
  const messageText = useMessageText();
  const names = new Map((staff.data?.staff ?? []).map((s) => [s.id, s.displayName] as const));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['providers'] });
  const toggle = useMutation({
    mutationFn: (v: { what: 'provider' | 'counsellor'; id: string; active: boolean }) =>
      v.what === 'provider'
        ? call('providers.update', { id: v.id, active: v.active })
        : call('providers.updateCounsellor', { id: v.id, active: v.active }),
    onSuccess: (_r, v) => {
      refresh();
      setDone(
        v.active ? { key: 'providers.done.reactivated' } : { key: 'providers.done.deactivated' },
      );
    },
  });
  const list = providers.data?.providers ?? [];

  return (
    <Page title={t('providers.title')} description={t('providers.description')}>
      <div className="page-toolbar">
        <Button variant="primary" onClick={() => setActing({ kind: 'add' })}>
          {t('providers.add.open')}
        </Button>
      </div>
      {done ? (
        <div className="page-notice">
          <Notice tone="info" title={messageText(done)} />
        </div>
      ) : null}
      {toggle.isError ? (
        <Notice tone="error" title={t('providers.failed')}>
          <p>{errorText(toggle.error)}</p>
        </Notice>
      ) : null}
      {providers.isPending ? (
        <p role="status" className="status-text">
          {t('common.loading')}
        </p>
      ) : providers.isError ? (
        <Notice tone="error" title={t('providers.loadFailed')}>
          <p>{errorText(providers.error)}</p>
        </Notice>
      ) : list.length === 0 ? (
        <EmptyState>{t('providers.empty')}</EmptyState>
      ) : (
        list.map((p) => (
          <section key={p.id} className="card provider-card" aria-labelledby={`provider-${p.id}`}>
            <div className="section-head">
              <h2 className="card-title" id={`provider-${p.id}`}>
                {p.name}{' '}
                <span className="badges">
                  <StatusBadge tone="info">{t(PROVIDER_KIND_KEYS[p.kind])}</StatusBadge>
                  {p.active ? null : (
                    <StatusBadge tone="neutral">{t('refAdmin.status.inactive')}</StatusBadge>
                  )}
                </span>
              </h2>
              <span className="row-actions">
                <RowButton
                  label={t('providers.action.edit')}
                  name={p.name}
                  onClick={() => setActing({ kind: 'edit', provider: p })}
                />
                <RowButton
                  label={t('providers.action.addCounsellor')}
                  name={p.name}
                  onClick={() => setActing({ kind: 'addCounsellor', provider: p })}
                />
                <RowButton
                  label={
                    p.active ? t('refAdmin.action.deactivate') : t('refAdmin.action.reactivate')
                  }
                  name={p.name}
                  onClick={() => toggle.mutate({ what: 'provider', id: p.id, active: !p.active })}
                />
              </span>
            </div>
            <p className="card-note">
              {t('providers.summary', {
                phone: p.phone ?? '—',
                rate:
                  p.hourlyRate === null ? '—' : t('providers.rateValue', { rate: p.hourlyRate }),
              })}
            </p>
            {p.counsellors.length === 0 ? (
              <EmptyState>{t('providers.counsellor.empty')}</EmptyState>
            ) : (
              <table className="table compact-table">
                <caption className="visually-hidden">
                  {t('providers.counsellor.caption', { provider: p.name })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('providers.counsellor.name')}</th>
                    <th scope="col">{t('providers.counsellor.account')}</th>
                    <th scope="col">{t('refAdmin.column.status')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('refAdmin.column.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {p.counsellors.map((c) => (
                    <tr key={c.id}>
                      <td>{c.name}</td>
                      <td>
                        {c.accountId ? (
                          (names.get(c.accountId) ?? t('providers.counsellor.hasAccount'))
                        ) : (
                          <span className="muted">{t('providers.counsellor.noAccount')}</span>
                        )}
                      </td>
                      <td>
                        {c.active ? (
                          <StatusBadge tone="ok">{t('refAdmin.status.active')}</StatusBadge>
                        ) : (
                          <StatusBadge tone="neutral">{t('refAdmin.status.inactive')}</StatusBadge>
                        )}
                      </td>
                      <td>
                        <span className="row-actions">
                          <RowButton
                            label={t('providers.action.edit')}
                            name={c.name}
                            onClick={() =>
                              setActing({ kind: 'editCounsellor', provider: p, counsellor: c })
                            }
                          />
                          <RowButton
                            label={
                              c.active
                                ? t('refAdmin.action.deactivate')
                                : t('refAdmin.action.reactivate')
                            }
                            name={c.name}
                            onClick={() =>
                              toggle.mutate({ what: 'counsellor', id: c.id, active: !c.active })
                            }
                          />
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ))
      )}
      {acting?.kind === 'add' || acting?.kind === 'edit' ? (
        <ProviderDialog
          {...(acting.kind === 'edit' ? { provider: acting.provider } : {})}
          onClose={() => setActing(null)}
          onDone={(name) => {
            refresh();
            setDone({ key: 'providers.done.saved', params: { name } });
            setActing(null);
          }}
        />
      ) : null}
      {acting?.kind === 'addCounsellor' || acting?.kind === 'editCounsellor' ? (
        <CounsellorDialog
          provider={acting.provider}
          {...(acting.kind === 'editCounsellor' ? { counsellor: acting.counsellor } : {})}
          onClose={() => setActing(null)}
          onDone={(name) => {
            refresh();
            setDone({ key: 'providers.done.saved', params: { name } });
            setActing(null);
          }}
        />
      ) : null}
    </Page>
  );
}
