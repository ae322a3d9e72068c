import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefList } from '../../../../shared/domain/reference-lists';
import type { RefItem } from '../../../../shared/ipc/schemas/reference';
import type { ComboOption } from '../../ui/Combobox';
import { referenceQueries } from './reference.queries';

/** The label of an item in the person's language (labels are data, edited by the administrator). */
export const itemLabel = (item: Pick<RefItem, 'labelZh' | 'labelEn'>, language: string): string =>
  language === 'en' ? item.labelEn : item.labelZh;

/** Items of one list in the administrator's order, optionally those under one parent (topics). */
export function itemsOf(items: readonly RefItem[], list: RefList, parentCode?: string): RefItem[] {
  return items
    .filter((i) => i.list === list && (parentCode === undefined || i.parentCode === parentCode))
    .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
}

export interface RefData {
  readonly isPending: boolean;
  readonly error: unknown;
  /** The label of a stored code; the code itself if the list no longer knows it. */
  readonly label: (list: RefList, code: string | null | undefined) => string;
  /** Pick-list options (deactivated ones flagged; pickers show them only when already chosen). */
  readonly options: (list: RefList, parentCode?: string) => ComboOption[];
  readonly items: (list: RefList, parentCode?: string) => RefItem[];
}

/** Reference data for forms and record pages, labelled in the current language. */
export function useRefData(): RefData {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const query = useQuery(referenceQueries.all());
  const all = query.data?.items;
  const byKey = useMemo(
    () => new Map((all ?? []).map((i) => [`${i.list}:${i.code}`, i] as const)),
    [all],
  );
  const label = useCallback(
    (list: RefList, code: string | null | undefined) => {
      if (!code) return '';
      const item = byKey.get(`${list}:${code}`);
      return item ? itemLabel(item, language) : code;
    },
    [byKey, language],
  );
  const items = useCallback(
    (list: RefList, parentCode?: string) => itemsOf(all ?? [], list, parentCode),
    [all],
  );
  const options = useCallback(
    (list: RefList, parentCode?: string) =>
      itemsOf(all ?? [], list, parentCode).map((i) => ({
        value: i.code,
        label: itemLabel(i, language),
        ...(i.active ? {} : { inactive: true }),
      })),
    [all, language],
  );
  return { isPending: query.isPending, error: query.error, label, options, items };
}
