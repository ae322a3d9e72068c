/**
 * City presets chosen at setup (DOMAIN.md: "those differences are city presets chosen at setup
 * and editable afterwards, never constants in code"). Each value below comes from that city's
 * plan in shared/seeds; after setup they live in the database as the organisation's settings.
 */
export const SERVICE_MODELS = ['inHouse', 'outsourced', 'mixed'] as const;
export type ServiceModel = (typeof SERVICE_MODELS)[number];

/** Taipei 公出, Keelung 公假, the others 依請假規則 (leave under the ordinary rules). */
export const LEAVE_TYPES = ['officialBusiness', 'officialLeave', 'leaveRules'] as const;
export type LeaveType = (typeof LEAVE_TYPES)[number];

export const STAFF_CATEGORIES = [
  'civilServant',
  'contract',
  'technician',
  'janitor',
  'driver',
  'temporary',
  'teacher',
  'securityGuard',
  'sanitation',
  'surveyAssistant',
] as const;
export type StaffCategory = (typeof STAFF_CATEGORIES)[number];

export interface QuotaRulePreset {
  /** Categories the rule applies to; empty = every category not named by another rule. */
  readonly categories: readonly StaffCategory[];
  readonly baseHours: number;
  /** Further subsidised hours after a counsellor's assessment. */
  readonly extensionHours: number;
}

export interface CityPreset {
  readonly id: string;
  readonly serviceModel: ServiceModel;
  readonly leaveType: LeaveType;
  readonly staffCategories: readonly StaffCategory[];
  readonly quota: readonly QuotaRulePreset[];
  /** Hours are counted in steps of this size (e.g. 0.5 h). */
  readonly countingUnitHours: number;
  /** Cancel or move "至遲於協談前一天": by the calendar day before. */
  readonly cancelByCalendarDayBefore: boolean;
  readonly lateCancellationCounts: boolean;
  readonly noShowCounts: boolean;
}

const BASE_CATEGORIES: readonly StaffCategory[] = [
  'civilServant',
  'contract',
  'technician',
  'janitor',
  'driver',
  'temporary',
];

export const CITY_PRESETS = [
  {
    // 臺南市 (seed 000): outsourced; hours from its contract: 4 h civil servants, 6 h teachers.
    id: 'tainan',
    serviceModel: 'outsourced',
    leaveType: 'leaveRules',
    staffCategories: [...BASE_CATEGORIES, 'teacher'],
    quota: [
      { categories: ['teacher'], baseHours: 6, extensionHours: 0 },
      { categories: [], baseHours: 4, extensionHours: 0 },
    ],
    countingUnitHours: 0.5,
    cancelByCalendarDayBefore: true,
    lateCancellationCounts: true,
    noShowCounts: true,
  },
  {
    // 桃園市 (seed 001): mixed (contracted hotline + in-house stress-relief room).
    id: 'taoyuan',
    serviceModel: 'mixed',
    leaveType: 'leaveRules',
    staffCategories: [...BASE_CATEGORIES, 'securityGuard', 'sanitation', 'surveyAssistant'],
    quota: [{ categories: [], baseHours: 3, extensionHours: 3 }],
    countingUnitHours: 0.5,
    cancelByCalendarDayBefore: true,
    lateCancellationCounts: true,
    noShowCounts: true,
  },
  {
    // 嘉義縣 (seed 002): in-house or outsourced; leave under the ordinary rules.
    id: 'chiayiCounty',
    serviceModel: 'outsourced',
    leaveType: 'leaveRules',
    staffCategories: BASE_CATEGORIES,
    quota: [{ categories: [], baseHours: 3, extensionHours: 3 }],
    countingUnitHours: 0.5,
    cancelByCalendarDayBefore: true,
    lateCancellationCounts: true,
    noShowCounts: true,
  },
  {
    // 臺北市 (seed 003): the in-house 員工協談室; teachers excluded; 公出 in working hours.
    id: 'taipei',
    serviceModel: 'inHouse',
    leaveType: 'officialBusiness',
    staffCategories: BASE_CATEGORIES,
    quota: [{ categories: [], baseHours: 3, extensionHours: 3 }],
    countingUnitHours: 0.5,
    cancelByCalendarDayBefore: true,
    lateCancellationCounts: true,
    noShowCounts: true,
  },
  {
    // 基隆市 (seed 004): outsourced to 張老師; 3 h a year + up to 3 h after assessment; 公假.
    id: 'keelung',
    serviceModel: 'outsourced',
    leaveType: 'officialLeave',
    staffCategories: [...BASE_CATEGORIES, 'teacher'],
    quota: [{ categories: [], baseHours: 3, extensionHours: 3 }],
    countingUnitHours: 0.5,
    cancelByCalendarDayBefore: true,
    lateCancellationCounts: true,
    noShowCounts: true,
  },
] as const satisfies readonly CityPreset[];

export type CityPresetId = (typeof CITY_PRESETS)[number]['id'];
export const CITY_PRESET_IDS = CITY_PRESETS.map((p) => p.id) as [CityPresetId, ...CityPresetId[]];

export function findCityPreset(id: string): CityPreset | undefined {
  return CITY_PRESETS.find((p) => p.id === id);
}
