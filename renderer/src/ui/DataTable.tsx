import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isImeComposing } from '../lib/keyboard';
import { ColumnChooser } from './ColumnChooser';
import {
  ariaSortOf,
  isRowKey,
  nextRowIndex,
  shouldLoadMore,
  toggleSort,
  type TableSort,
} from './data-table-keys';
import { useElementWidth } from './useElementWidth';
import './data-table.css';

export interface DataColumn<R> {
  readonly id: string;
  readonly header: string;
  readonly cell: (row: R) => ReactNode;
  /** Fixed width in px: rows have one height, so cells never wrap (long text ends in …). */
  readonly width: number;
  /** Sortable by the server; the first click sorts newest/largest first when true. */
  readonly sortable?: boolean;
  readonly descFirst?: boolean;
  /** False for the column that names the row; others may be hidden in the column chooser. */
  readonly hideable?: boolean;
  /**
   * Left out of view, lowest first, while the columns are wider than the table's box and the
   * person has not chosen otherwise in the column chooser (no horizontal scrolling by default).
   */
  readonly dropOrder?: number;
}

/**
 * The columns to leave out so the rest fit `width`: those with a dropOrder, lowest first, that
 * the person has not shown or hidden themselves (`chosen`); then any dropped one that fits the
 * room left comes back, the most wanted first. Nothing is dropped before the box is measured.
 */
export function columnsToDrop(
  columns: readonly Pick<DataColumn<unknown>, 'id' | 'width' | 'dropOrder'>[],
  chosen: VisibilityState,
  width: number,
): string[] {
  if (width <= 0) return [];
  let total = columns.reduce((sum, c) => sum + (chosen[c.id] === false ? 0 : c.width), 0);
  const candidates = columns
    .filter((c) => c.dropOrder !== undefined && chosen[c.id] === undefined)
    .sort((a, b) => (a.dropOrder ?? 0) - (b.dropOrder ?? 0));
  const dropped: (typeof candidates)[number][] = [];
  for (const c of candidates) {
    if (total <= width) break;
    dropped.push(c);
    total -= c.width;
  }
  for (const c of [...dropped].reverse()) {
    if (total + c.width > width) continue;
    dropped.splice(dropped.indexOf(c), 1);
    total += c.width;
  }
  return dropped.map((c) => c.id);
}

export interface DataTableProps<R> {
  /** Names the table for assistive technology and keys the remembered column choice. */
  readonly id: string;
  readonly caption: string;
  readonly columns: readonly DataColumn<R>[];
  readonly rows: readonly R[];
  readonly rowKey: (row: R) => string;
  /** All matching rows (first page's count); null while unknown. */
  readonly total: number | null;
  readonly sort: TableSort | null;
  readonly onSortChange: (sort: TableSort) => void;
  /** Enter or a click on a row. */
  readonly onOpen: (row: R) => void;
  /** Says what the row is, for the screen reader's "open …" hint (e.g. the case number). */
  readonly rowLabel: (row: R) => string;
  readonly hasMore: boolean;
  readonly isPending: boolean;
  readonly isFetchingMore: boolean;
  readonly loadMore: () => void;
  /** Translated message when loading failed; the table then offers a retry. */
  readonly errorText?: string | undefined;
  readonly onRetry?: () => void;
  /** Why the list is empty and what to do next. */
  readonly empty: ReactNode;
  readonly rowHeight?: number;
  readonly testId?: string;
}

/** Column choices live in memory for the session only (nothing in web storage). */
const remembered = new Map<string, VisibilityState>();
const OVERSCAN = 12;
const LOAD_AHEAD_ROWS = 40;

/**
 * THE table for long lists (UX.md Tables, ARCHITECTURE.md §4): the server filters, sorts and
 * pages by keyset; this renders only the rows in view (fixed row height), keeps the header
 * sticky, says how many rows match, moves a focused row with ↑ ↓ Home End PageUp PageDown
 * (roving tabindex: one tab stop), opens it with Enter, and fetches the next page before the
 * person scrolls to the end.
 */
export function DataTable<R>(props: DataTableProps<R>) {
  const { columns, rows, sort, rowHeight = 40 } = props;
  const { t, i18n } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scrollRef);
  const [visibility, setVisibility] = useState<VisibilityState>(
    () => remembered.get(props.id) ?? {},
  );
  const [active, setActive] = useState(-1);
  const focusFromKeys = useRef(false);

  const defs = useMemo<ColumnDef<R>[]>(
    () =>
      columns.map((c) => ({
        id: c.id,
        header: c.header,
        cell: (ctx) => c.cell(ctx.row.original),
        size: c.width,
        enableSorting: c.sortable === true,
        enableHiding: c.hideable !== false,
      })),
    [columns],
  );
  // What fits is worked out afresh as the box changes; the person's own choices always win.
  // (A string key, so a re-measure that drops the same columns keeps the same state object.)
  const dropped = columnsToDrop(columns, visibility, width).join(' ');
  const shown = useMemo<VisibilityState>(
    () => ({
      ...Object.fromEntries(
        dropped
          .split(' ')
          .filter(Boolean)
          .map((id) => [id, false]),
      ),
      ...visibility,
    }),
    [dropped, visibility],
  );
  const table = useReactTable({
    data: rows as R[],
    columns: defs,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => props.rowKey(row),
    manualSorting: true,
    manualFiltering: true,
    manualPagination: true,
    state: {
      columnVisibility: shown,
      sorting: sort ? [{ id: sort.id, desc: sort.desc }] : [],
    },
    // Only the person's own choices are kept: a column dropped to fit comes back on a wider box.
    onColumnVisibilityChange: (updater) =>
      setVisibility((v) => {
        const next = typeof updater === 'function' ? updater(shown) : updater;
        const own = Object.fromEntries(
          Object.entries(next).filter(([id, on]) => v[id] !== undefined || shown[id] !== on),
        );
        remembered.set(props.id, own);
        return own;
      }),
  });
  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  const { hasMore, isFetchingMore, loadMore } = props;
  useEffect(() => {
    const near = Math.max(lastIndex, active);
    if (
      shouldLoadMore({
        lastVisibleIndex: near,
        loaded: rows.length,
        hasMore,
        busy: isFetchingMore,
        threshold: LOAD_AHEAD_ROWS,
      })
    )
      loadMore();
  }, [lastIndex, active, rows.length, hasMore, isFetchingMore, loadMore]);

  // A new filter or sort gives new rows: the focused row must stay among them.
  const activeIndex = Math.min(active, tableRows.length - 1);
  useEffect(() => {
    if (!focusFromKeys.current || activeIndex < 0) return;
    focusFromKeys.current = false;
    const frame = requestAnimationFrame(() => {
      scrollRef.current
        ?.querySelector<HTMLElement>(`tr[data-index="${activeIndex}"]`)
        ?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [activeIndex, items]);

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (isImeComposing(e)) return;
    if (e.key === 'Enter') {
      const row = tableRows[activeIndex]?.original;
      if (row !== undefined) {
        e.preventDefault();
        props.onOpen(row);
      }
      return;
    }
    if (!isRowKey(e.key)) return;
    e.preventDefault();
    const perPage = Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1;
    const next = nextRowIndex(e.key, activeIndex, tableRows.length, perPage);
    if (next < 0) return;
    focusFromKeys.current = true;
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const leaves = table.getVisibleLeafColumns();
  const allWidth = table.getAllLeafColumns().reduce((s, c) => s + c.getSize(), 0);
  const shownWidth = leaves.reduce((s, c) => s + c.getSize(), 0);
  const showChooser = (width > 0 && allWidth > width) || leaves.length < columns.length;
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const number = new Intl.NumberFormat(i18n.language);
  const countText =
    props.total === null
      ? props.isPending
        ? t('common.loading')
        : ''
      : t('ui.dataTable.count', { count: number.format(props.total) });

  return (
    <div className="data-table" data-testid={props.testId}>
      <div className="data-table-bar">
        <p className="table-count" role="status" data-testid="table-count">
          {countText}
          {rows.length > 0 && props.total !== null && rows.length < props.total ? (
            <span className="muted">
              {' '}
              {t('ui.dataTable.loaded', { count: number.format(rows.length) })}
            </span>
          ) : null}
        </p>
        {showChooser ? (
          <ColumnChooser
            columns={table.getAllLeafColumns().map((c) => ({
              id: c.id,
              header: String(c.columnDef.header),
              visible: c.getIsVisible(),
              hideable: c.getCanHide(),
            }))}
            onToggle={(id, visible) => table.getColumn(id)?.toggleVisibility(visible)}
            onReset={() => table.resetColumnVisibility(true)}
          />
        ) : null}
      </div>
      {props.errorText ? (
        <div className="notice" data-tone="error" role="alert">
          <p className="notice-title">{props.errorText}</p>
          {props.onRetry ? (
            <button
              type="button"
              className="button"
              data-variant="secondary"
              onClick={props.onRetry}
            >
              {t('common.retry')}
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="data-table-scroll" ref={scrollRef}>
        <table
          className="table data-table-grid"
          style={{ width: shownWidth }}
          aria-rowcount={props.total === null ? -1 : props.total + 1}
          aria-describedby={`${props.id}-keys`}
        >
          <caption className="visually-hidden">{props.caption}</caption>
          <colgroup>
            {leaves.map((c) => (
              <col key={c.id} style={{ width: c.getSize() }} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {table
                .getFlatHeaders()
                .filter((h) => h.column.getIsVisible())
                .map((h) => {
                  const col = columns.find((c) => c.id === h.id);
                  const label = String(h.column.columnDef.header);
                  if (!h.column.getCanSort() || !col)
                    return (
                      <th key={h.id} scope="col">
                        {label}
                      </th>
                    );
                  const aria = ariaSortOf(sort, h.id);
                  return (
                    <th key={h.id} scope="col" aria-sort={aria}>
                      <button
                        type="button"
                        className="sort-button"
                        title={t('ui.table.sortBy', { column: label })}
                        onClick={() =>
                          props.onSortChange(toggleSort(sort, h.id, col.descFirst === true))
                        }
                      >
                        {label}
                        <span className="sort-mark" aria-hidden="true">
                          {aria === 'ascending' ? '▲' : aria === 'descending' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown}>
            {padTop > 0 ? (
              <tr aria-hidden="true" className="data-table-pad" style={{ height: padTop }} />
            ) : null}
            {items.map((item) => {
              const row = tableRows[item.index];
              if (!row) return null;
              const focused = item.index === Math.max(activeIndex, 0);
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  tabIndex={focused ? 0 : -1}
                  aria-label={t('ui.dataTable.rowLabel', { row: props.rowLabel(row.original) })}
                  className="data-table-row"
                  style={{ height: rowHeight }}
                  onFocus={() => setActive(item.index)}
                  onClick={() => props.onOpen(row.original)}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 ? (
              <tr aria-hidden="true" className="data-table-pad" style={{ height: padBottom }} />
            ) : null}
          </tbody>
        </table>
        {props.isPending ? (
          <p className="data-table-state" role="status">
            {t('common.loading')}
          </p>
        ) : rows.length === 0 && !props.errorText ? (
          <div className="data-table-state">{props.empty}</div>
        ) : null}
      </div>
      <p id={`${props.id}-keys`} className="data-table-foot muted">
        {t('ui.dataTable.keys')}
        {isFetchingMore ? <span role="status"> {t('ui.dataTable.loadingMore')}</span> : null}
        {hasMore && !isFetchingMore ? (
          <button
            type="button"
            className="button row-button"
            data-variant="secondary"
            onClick={loadMore}
          >
            {t('ui.dataTable.loadMore')}
          </button>
        ) : null}
      </p>
    </div>
  );
}
