import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gender } from '../../../../shared/domain/reference-lists';
import type { ClientSummary } from '../../../../shared/ipc/schemas/clients';
import type { MessageKey } from '../../../../shared/i18n/index';
import { useRefData } from '../reference/ref-labels';
import { rocYearOf } from './birth-year';

export const GENDER_KEYS: Readonly<Record<Gender, MessageKey>> = {
  F: 'ref.gender.F',
  M: 'ref.gender.M',
  X: 'ref.gender.X',
  U: 'ref.gender.U',
};

/** How a client is described in lists and pickers: enough to tell two people apart. */
export function useClientWords() {
  const { t } = useTranslation();
  const ref = useRefData();
  const birthYear = useCallback(
    (year: number | null) =>
      year === null ? '' : t('clients.birthYearValue', { roc: rocYearOf(year), year }),
    [t],
  );
  const summaryDetail = useCallback(
    (c: Pick<ClientSummary, 'agencyName' | 'category' | 'birthYear'>) =>
      [c.agencyName, ref.label('staffCategory', c.category), birthYear(c.birthYear)]
        .filter(Boolean)
        .join(' · '),
    [ref, birthYear],
  );
  return { birthYear, summaryDetail, gender: (g: Gender) => t(GENDER_KEYS[g]) };
}
