import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  REF_LISTS,
  REF_PARENT_LIST,
  type RefList,
} from '../../../../shared/domain/reference-lists';
import type { RefItem } from '../../../../shared/ipc/schemas/reference';
import { useMessageText } from '../../lib/message-text';
import { useErrorText, type Message } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { RowButton } from '../../ui/RowButton';
import { SortableTable, type Column } from '../../ui/SortableTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { itemLabel, itemsOf } from './ref-labels';
import { DeleteRefDialog, useSetActive } from './RefItemActions';
import { RefItemDialog } from './RefItemDialog';
import { referenceQueries } from './reference.queries';
import { LIST_KEYS } from './ref-words';
import '../cases/case-work.css';

type Acting =
  | { readonly kind: 'add' }
  | { readonly kind: 'edit'; readonly item: RefItem }
  | { readonly kind: 'delete'; readonly item: RefItem };

/**
 * 參考資料: the pick-lists of the office (staff categories, facets and topics, service items,
 * channels, sources, closing reasons, special groups). Records store codes, so labels can be
 * edited at any time; a value in use is deactivated (it leaves the pick-lists, old records keep
 * showing it), and only an unused one can be deleted.
 */
export function ReferenceAdminPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const query = useQuery(referenceQueries.admin());
  const [list, setList] = useState<RefList>('serviceItem');
  const [acting, setActing] = useState<Acting | null>(null);
  const [done, setDone] = useState<Message | null>(null);
  const messageText = useMessageText();
  const setActive = useSetActive((active) =>
    setDone(active ? { key: 'refAdmin.done.reactivated' } : { key: 'refAdmin.done.deactivated' }),
  );
  const items = itemsOf(query.data?.items ?? [], list);
  const parentList = REF_PARENT_LIST[list];
  const all = query.data?.items ?? [];
  const parentLabel = (code: string | null) => {
    const p = parentList && all.find((i) => i.list === parentList && i.code === code);
    return p ? itemLabel(p, i18n.language) : (code ?? '—');
  };
  const labelOf = (item: RefItem) => itemLabel(item, i18n.language);

  const columns: Column<RefItem>[] = [
    {
      id: 'sortOrder',
      header: t('refAdmin.field.sortOrder'),
      cell: (i) => <span className="mono">{i.sortOrder}</span>,
      sortValue: (i) => i.sortOrder,
    },
    {
      id: 'code',
      header: t('refAdmin.field.code'),
      cell: (i) => <span className="mono">{i.code}</span>,
      sortValue: (i) => i.code,
    },
    {
      id: 'labelZh',
      header: t('refAdmin.field.labelZh'),
      cell: (i) => i.labelZh,
      sortValue: (i) => i.labelZh,
    },
    {
      id: 'labelEn',
      header: t('refAdmin.field.labelEn'),
      cell: (i) => i.labelEn,
      sortValue: (i) => i.labelEn,
    },
    ...(parentList
      ? [
          {
            id: 'parent',
            header: t('refAdmin.field.parent'),
            cell: (i: RefItem) => parentLabel(i.parentCode),
            sortValue: (i: RefItem) => parentLabel(i.parentCode),
          },
        ]
      : []),
    {
      id: 'status',
      header: t('refAdmin.column.status'),
      cell: (i) => (
        <span className="badges">
          {i.active ? (
            <StatusBadge tone="ok">{t('refAdmin.status.active')}</StatusBadge>
          ) : (
            <StatusBadge tone="neutral">{t('refAdmin.status.inactive')}</StatusBadge>
          )}
          {i.inUse ? <StatusBadge tone="info">{t('refAdmin.status.inUse')}</StatusBadge> : null}
        </span>
      ),
      sortValue: (i) => (i.active ? 0 : 1),
    },
    {
      id: 'actions',
      header: t('refAdmin.column.actions'),
      hideHeader: true,
      cell: (i) => (
        <span className="row-actions">
          <RowButton
            label={t('refAdmin.action.edit')}
            name={labelOf(i)}
            onClick={() => setActing({ kind: 'edit', item: i })}
          />
          <RowButton
            label={i.active ? t('refAdmin.action.deactivate') : t('refAdmin.action.reactivate')}
            name={labelOf(i)}
            onClick={() => {
              setDone(null);
              setActive.mutate({ id: i.id, active: !i.active });
            }}
          />
          {i.inUse ? null : (
            <RowButton
              label={t('refAdmin.action.delete')}
              name={labelOf(i)}
              onClick={() => setActing({ kind: 'delete', item: i })}
            />
          )}
        </span>
      ),
    },
  ];

  return (
    <Page title={t('refAdmin.title')} description={t('refAdmin.description')}>
      <div className="list-switch" role="group" aria-label={t('refAdmin.lists')}>
        {REF_LISTS.map((l) => (
          <button
            key={l}
            type="button"
            className="list-switch-option"
            aria-pressed={l === list}
            onClick={() => {
              setList(l);
              setDone(null);
            }}
          >
            {t(LIST_KEYS[l])}
          </button>
        ))}
      </div>
      <div className="section-head">
        <h2 className="section-title">{t(LIST_KEYS[list])}</h2>
        <Button variant="primary" onClick={() => setActing({ kind: 'add' })}>
          {t('refAdmin.add.open')}
        </Button>
      </div>
      {done ? (
        <div className="page-notice">
          <Notice tone="info" title={messageText(done)} />
        </div>
      ) : null}
      {setActive.isError ? (
        <Notice tone="error" title={t('refAdmin.failed')}>
          <p>{errorText(setActive.error)}</p>
        </Notice>
      ) : null}
      {query.isPending ? (
        <p role="status" className="status-text">
          {t('common.loading')}
        </p>
      ) : query.isError ? (
        <Notice tone="error" title={t('refAdmin.loadFailed')}>
          <p>{errorText(query.error)}</p>
        </Notice>
      ) : (
        <div className="ref-admin">
          <SortableTable
            key={list}
            caption={t(LIST_KEYS[list])}
            columns={columns}
            rows={items}
            rowKey={(i) => i.id}
            countText={t('refAdmin.count', {
              count: items.length,
              inactive: items.filter((i) => !i.active).length,
            })}
            initialSort={
              parentList
                ? { columnId: 'parent', direction: 'ascending' }
                : { columnId: 'sortOrder', direction: 'ascending' }
            }
            sortLabel={(header) => t('ui.table.sortBy', { column: header })}
            testId="ref-table"
          />
        </div>
      )}
      {acting?.kind === 'add' || acting?.kind === 'edit' ? (
        <RefItemDialog
          list={list}
          {...(acting.kind === 'edit' ? { item: acting.item } : {})}
          onClose={() => setActing(null)}
          onDone={(label) => {
            setDone(
              acting.kind === 'add'
                ? { key: 'refAdmin.done.added', params: { label } }
                : { key: 'refAdmin.done.edited', params: { label } },
            );
            setActing(null);
          }}
        />
      ) : null}
      {acting?.kind === 'delete' ? (
        <DeleteRefDialog
          item={acting.item}
          label={labelOf(acting.item)}
          onClose={() => setActing(null)}
          onDone={(what) => {
            setDone(
              what === 'deleted'
                ? { key: 'refAdmin.done.deleted' }
                : { key: 'refAdmin.done.deactivated' },
            );
            setActing(null);
          }}
        />
      ) : null}
    </Page>
  );
}
