import { useMemo, useState, type ReactNode } from 'react';

export interface Column<R> {
  readonly id: string;
  readonly header: string;
  readonly cell: (row: R) => ReactNode;
  /** Present when the column sorts; strings sort in Chinese stroke/Latin order, numbers by value. */
  readonly sortValue?: (row: R) => string | number;
  /** Header visually hidden (e.g. an actions column), still read by screen readers. */
  readonly hideHeader?: boolean;
}

export interface SortState {
  readonly columnId: string;
  readonly direction: 'ascending' | 'descending';
}

export interface SortableTableProps<R> {
  readonly caption: string;
  readonly columns: readonly Column<R>[];
  readonly rows: readonly R[];
  readonly rowKey: (row: R) => string;
  /** Translated "N rows" text, shown above the table and announced when it changes. */
  readonly countText: string;
  readonly initialSort?: SortState;
  /** Label for the sort buttons' hint, e.g. t('ui.table.sortBy', { column }). */
  readonly sortLabel: (header: string) => string;
  readonly testId?: string;
}

const collator = new Intl.Collator(['zh-TW', 'en'], { numeric: true, sensitivity: 'base' });

export function sortRows<R>(
  rows: readonly R[],
  value: ((row: R) => string | number) | undefined,
  direction: SortState['direction'],
): R[] {
  const copy = [...rows];
  if (!value) return copy;
  const sign = direction === 'ascending' ? 1 : -1;
  return copy.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const c =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : collator.compare(String(x), String(y));
    return c * sign;
  });
}

/**
 * A plain accessible table for short lists that live wholly in memory (accounts, settings):
 * headers sort on click or Enter, `aria-sort` says how, the header sticks under the top bar and
 * the row count is shown above. Long lists page in SQL and will use the DataTable instead.
 */
export function SortableTable<R>({
  caption,
  columns,
  rows,
  rowKey,
  countText,
  initialSort,
  sortLabel,
  testId,
}: SortableTableProps<R>) {
  const [sort, setSort] = useState<SortState | undefined>(initialSort);
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.id === sort?.columnId);
    return sortRows(rows, column?.sortValue, sort?.direction ?? 'ascending');
  }, [rows, columns, sort]);

  const toggle = (columnId: string) =>
    setSort((s) =>
      s?.columnId === columnId
        ? { columnId, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : { columnId, direction: 'ascending' },
    );

  return (
    <div className="table-block">
      <p className="table-count" role="status">
        {countText}
      </p>
      <table className="table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const ariaSort =
                sort?.columnId === c.id ? sort.direction : c.sortValue ? 'none' : undefined;
              return (
                <th key={c.id} scope="col" aria-sort={ariaSort}>
                  {c.sortValue ? (
                    <button
                      type="button"
                      className="sort-button"
                      title={sortLabel(c.header)}
                      onClick={() => toggle(c.id)}
                    >
                      {c.header}
                      <span className="sort-mark" aria-hidden="true">
                        {ariaSort === 'ascending' ? '▲' : ariaSort === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  ) : (
                    <span className={c.hideHeader ? 'visually-hidden' : undefined}>{c.header}</span>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.id}>{c.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
