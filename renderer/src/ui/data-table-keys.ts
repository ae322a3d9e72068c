/**
 * The pure parts of the DataTable: where a key moves the focused row, when to ask for the next
 * keyset page, and how a header click becomes the server's sort. Kept apart from React so they
 * are tested without a DOM.
 */

export type RowKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

const ROW_KEYS: ReadonlySet<string> = new Set([
  'ArrowDown',
  'ArrowUp',
  'Home',
  'End',
  'PageDown',
  'PageUp',
]);

export const isRowKey = (key: string): key is RowKey => ROW_KEYS.has(key);

/**
 * The row a key moves to. `current` is -1 before any row had focus: ↓ then starts at the first
 * row and ↑ at the last loaded one. Never leaves the loaded rows (End means "last loaded"; the
 * table fetches more when focus reaches the end).
 */
export function nextRowIndex(
  key: RowKey,
  current: number,
  count: number,
  pageRows: number,
): number {
  if (count <= 0) return -1;
  const last = count - 1;
  const page = Math.max(1, pageRows);
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : Math.min(current + 1, last);
    case 'ArrowUp':
      return current < 0 ? last : Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(Math.max(current, 0) + page, last);
    case 'PageUp':
      return Math.max(current - page, 0);
  }
}

/**
 * Ask for the next page once the last rendered (or focused) row is within `threshold` rows of
 * the end of what is loaded — early enough that scrolling rarely meets the loading row.
 */
export function shouldLoadMore(opts: {
  readonly lastVisibleIndex: number;
  readonly loaded: number;
  readonly hasMore: boolean;
  readonly busy: boolean;
  readonly threshold: number;
}): boolean {
  return opts.hasMore && !opts.busy && opts.lastVisibleIndex >= opts.loaded - 1 - opts.threshold;
}

export interface TableSort<K extends string = string> {
  readonly id: K;
  readonly desc: boolean;
}

/**
 * A header click: the sorted column flips direction; another column starts in its natural
 * direction (dates newest first, numbers ascending). The server always has a sort, so a
 * third click never removes it.
 */
export function toggleSort<K extends string>(
  current: TableSort<K> | null,
  id: K,
  descFirst: boolean,
): TableSort<K> {
  if (current?.id === id) return { id, desc: !current.desc };
  return { id, desc: descFirst };
}

export type AriaSort = 'ascending' | 'descending' | 'none';

export const ariaSortOf = (sort: TableSort | null, id: string): AriaSort =>
  sort?.id !== id ? 'none' : sort.desc ? 'descending' : 'ascending';
