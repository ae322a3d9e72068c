import type { TFunction } from 'i18next';
import type {
  CityPreset,
  LeaveType,
  ServiceModel,
  StaffCategory,
} from '../../../../shared/domain/city-presets';
import type { MessageKey } from '../../../../shared/i18n/index';

export const CITY_KEYS: Readonly<Record<string, MessageKey>> = {
  tainan: 'city.tainan',
  taoyuan: 'city.taoyuan',
  chiayiCounty: 'city.chiayiCounty',
  taipei: 'city.taipei',
  keelung: 'city.keelung',
};

export const SERVICE_MODEL_KEYS: Readonly<Record<ServiceModel, MessageKey>> = {
  inHouse: 'serviceModel.inHouse',
  outsourced: 'serviceModel.outsourced',
  mixed: 'serviceModel.mixed',
};

export const LEAVE_TYPE_KEYS: Readonly<Record<LeaveType, MessageKey>> = {
  officialBusiness: 'leaveType.officialBusiness',
  officialLeave: 'leaveType.officialLeave',
  leaveRules: 'leaveType.leaveRules',
};

const STAFF_KEYS: Readonly<Record<StaffCategory, MessageKey>> = {
  civilServant: 'staff.civilServant',
  contract: 'staff.contract',
  technician: 'staff.technician',
  janitor: 'staff.janitor',
  driver: 'staff.driver',
  temporary: 'staff.temporary',
  teacher: 'staff.teacher',
  securityGuard: 'staff.securityGuard',
  sanitation: 'staff.sanitation',
  surveyAssistant: 'staff.surveyAssistant',
};

/** 臺南市, or the id itself for a preset this build has no name for. */
export const cityName = (t: TFunction, id: string): string => {
  const key = CITY_KEYS[id];
  return key ? t(key) : id;
};

/**
 * The yearly hours in words: "每人每年 3 小時，評估後可延長 3 小時", or per staff category where the
 * plan differs (臺南市: 教師 6 小時, the others 4).
 */
export function quotaText(t: TFunction, preset: CityPreset): string {
  const named = preset.quota.some((q) => q.categories.length > 0);
  return preset.quota
    .map((q) => {
      const hours = { hours: q.baseHours, extra: q.extensionHours };
      const base =
        q.categories.length > 0
          ? t('city.quota.categories', {
              ...hours,
              categories: q.categories.map((c) => t(STAFF_KEYS[c])).join(t('common.listSeparator')),
            })
          : named
            ? t('city.quota.others', hours)
            : t('city.quota.everyone', hours);
      return q.extensionHours > 0 ? `${base}${t('city.quota.extension', hours)}` : base;
    })
    .join(t('common.clauseSeparator'));
}
