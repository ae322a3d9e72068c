import { useTranslation } from 'react-i18next';
import type { CaseStatus, RiskLevel } from '../../../../shared/domain/reference-lists';
import { StatusBadge } from '../../ui/StatusBadge';
import { RISK, STATUS } from './case-words';

export function RiskBadge({ level }: { readonly level: RiskLevel }) {
  const { t } = useTranslation();
  return <StatusBadge tone={RISK[level].tone}>{t(RISK[level].key)}</StatusBadge>;
}

export function CaseStatusBadge({ status }: { readonly status: CaseStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={STATUS[status].tone}>{t(STATUS[status].key)}</StatusBadge>;
}
