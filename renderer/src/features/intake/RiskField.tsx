import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RISK_LEVELS } from '../../../../shared/domain/reference-lists';
import { Fieldset } from '../../ui/Fieldset';
import { StatusBadge } from '../../ui/StatusBadge';
import { RISK } from '../cases/case-words';
import type { IntakeValues } from './intake-form';

/** 風險等級: 一般 / 關懷 / 高風險 / 危機, each a word and a shape; arrow keys move between them. */
export function RiskField({
  register,
  legend,
  description,
  error,
}: {
  readonly register: UseFormRegister<IntakeValues>;
  readonly legend: string;
  readonly description?: string;
  readonly error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset
      legend={legend}
      description={description}
      required
      requiredMark={t('common.requiredMark')}
      error={error}
      testId="risk-level"
    >
      <div className="choice-row">
        {RISK_LEVELS.map((level) => (
          <label key={level} className="checkbox risk-option">
            <input type="radio" value={level} {...register('riskLevel')} />
            <StatusBadge tone={RISK[level].tone}>{t(RISK[level].key)}</StatusBadge>
          </label>
        ))}
      </div>
    </Fieldset>
  );
}
