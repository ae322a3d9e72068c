import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/ipc/types';
import { useDateTimeFormatter } from '../../lib/format';
import { SortableTable, type Column } from '../../ui/SortableTable';
import { ACTION_KEYS, detailsText } from './audit-words';

type Entry = OutputOf<'audit.list'>['entries'][number];

/** The entries as recorded: time, who, what, on what; ids only, names resolved for the admin. */
export function AuditTable({
  entries,
  names,
}: {
  readonly entries: readonly Entry[];
  readonly names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormatter();
  const columns: Column<Entry>[] = [
    {
      id: 'seq',
      header: t('audit.column.seq'),
      cell: (e) => <span className="mono">{e.seq}</span>,
    },
    {
      id: 'at',
      header: t('audit.column.at'),
      cell: (e) => <span className="nowrap">{formatDateTime(e.at)}</span>,
    },
    {
      id: 'actor',
      header: t('audit.column.actor'),
      cell: (e) =>
        e.actorId === null ? (
          <span className="muted">{t('audit.actor.system')}</span>
        ) : (
          (names.get(e.actorId) ?? <span className="mono">{e.actorId.slice(0, 8)}</span>)
        ),
    },
    {
      id: 'action',
      header: t('audit.column.action'),
      cell: (e) => {
        const key = ACTION_KEYS[e.action];
        return (
          <>
            {key ? <span>{t(key)} </span> : null}
            <span className="mono small muted">{e.action}</span>
          </>
        );
      },
    },
    {
      id: 'object',
      header: t('audit.column.object'),
      cell: (e) =>
        e.objectType ? (
          <span className="mono small">
            {e.objectType}
            {e.objectId ? ` ${names.get(e.objectId) ?? e.objectId.slice(0, 8)}` : ''}
          </span>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      id: 'details',
      header: t('audit.column.details'),
      cell: (e) => <span className="mono small">{detailsText(e.details)}</span>,
    },
  ];
  return (
    <SortableTable
      caption={t('audit.table.caption')}
      columns={columns}
      rows={entries}
      rowKey={(e) => String(e.seq)}
      countText={t('audit.table.count', { count: entries.length })}
      sortLabel={(header) => t('ui.table.sortBy', { column: header })}
      testId="audit-table"
    />
  );
}
