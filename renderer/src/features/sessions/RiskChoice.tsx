import { useTranslation } from 'react-i18next';
import { RISK_LEVELS, type RiskLevel } from '../../../../shared/domain/reference-lists';
import { Fieldset } from '../../ui/Fieldset';
import { StatusBadge } from '../../ui/StatusBadge';
import { RISK } from '../cases/case-words';

/** Risk re-assessment as radios, each a word and a shape (一般 ○ 關懷 ◆ 高風險 ▲ 危機 ■). */
export function RiskChoice({
  value,
  onChange,
  current,
}: {
  readonly value: RiskLevel;
  readonly onChange: (v: RiskLevel) => void;
  /** The case's level before this session, so a change is visible. */
  readonly current: RiskLevel | null;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset
      legend={t('session.field.risk')}
      description={
        current ? t('session.field.riskHelp', { level: t(RISK[current].key) }) : undefined
      }
      className="risk-choice"
    >
      <div className="choice-grid">
        {RISK_LEVELS.map((level) => (
          <label key={level} className="checkbox">
            <input
              type="radio"
              name="riskLevel"
              value={level}
              checked={value === level}
              onChange={() => onChange(level)}
            />
            <StatusBadge tone={RISK[level].tone}>{t(RISK[level].key)}</StatusBadge>
          </label>
        ))}
      </div>
    </Fieldset>
  );
}
