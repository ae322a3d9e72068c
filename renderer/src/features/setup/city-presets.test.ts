import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { findCityPreset } from '../../../../shared/domain/city-presets';
import { catalogs } from '../../../../shared/i18n/index';
import { cityName, quotaText } from './city-presets';

const t = async (lng: 'zh-TW' | 'en') => {
  const i = i18next.createInstance();
  await i.init({
    lng,
    resources: { [lng]: { translation: catalogs[lng] } },
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
  });
  return i.t;
};

describe('city preset words', () => {
  it('say the yearly hours as the plans do', async () => {
    const zh = await t('zh-TW');
    expect(quotaText(zh, findCityPreset('keelung')!)).toBe('每人每年 3 小時，評估後可延長 3 小時');
    expect(quotaText(zh, findCityPreset('tainan')!)).toBe(
      '教師每人每年 6 小時；其他人員每人每年 4 小時',
    );
    expect(cityName(zh, 'chiayiCounty')).toBe('嘉義縣');
    expect(cityName(zh, 'atlantis')).toBe('atlantis');
    const en = await t('en');
    expect(quotaText(en, findCityPreset('taoyuan')!)).toBe(
      '3 hours a year each, up to 3 more after assessment',
    );
  });
});
