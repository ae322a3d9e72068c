import { useTranslation } from 'react-i18next';
import type { CityPreset } from '../../../../shared/domain/city-presets';
import { LEAVE_TYPE_KEYS, quotaText, SERVICE_MODEL_KEYS } from './city-presets';

/** What choosing a city implies: how the service is run, how staff take the time, the hours. */
export function CityPresetFacts({ preset }: { readonly preset: CityPreset }) {
  const { t } = useTranslation();
  return (
    <dl className="preset-facts">
      <div>
        <dt>{t('city.serviceModel')}</dt>
        <dd>{t(SERVICE_MODEL_KEYS[preset.serviceModel])}</dd>
      </div>
      <div>
        <dt>{t('city.leaveType')}</dt>
        <dd>{t(LEAVE_TYPE_KEYS[preset.leaveType])}</dd>
      </div>
      <div>
        <dt>{t('city.quota')}</dt>
        <dd>{quotaText(t, preset)}</dd>
      </div>
    </dl>
  );
}
