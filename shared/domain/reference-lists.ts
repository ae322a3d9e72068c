/**
 * Reference lists (REPORTS.md: "every category list … is editable reference data"). Codes are
 * short stable ASCII: records store the code, so a renamed label never rewrites history and a
 * re-imported list keeps matching. Labels live in the database (ref_item), seeded from
 * reference-defaults.ts and edited by the administrator afterwards.
 */
export const REF_LISTS = [
  'staffCategory',
  'facet',
  'topic',
  'serviceItem',
  'presentingIssue',
  'channel',
  'caseSource',
  'closingReason',
  'specialGroup',
] as const;
export type RefList = (typeof REF_LISTS)[number];

/** Lists whose items hang under an item of another list (topics under the five facets). */
export const REF_PARENT_LIST: Readonly<Partial<Record<RefList, RefList>>> = { topic: 'facet' };

/** Stable code: ASCII letter first, then letters, digits, '_' or '-', at most 40. */
export const REF_CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

/** Agency tree node kinds (DOMAIN.md "Agencies"): city government, bureaus, agencies, schools, district offices. */
export const AGENCY_KINDS = [
  'government',
  'bureau',
  'agency',
  'school',
  'district',
  'other',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** Zh labels an imported CSV may use in the kind column, besides the codes themselves. */
export const AGENCY_KIND_ZH: Readonly<Record<string, AgencyKind>> = {
  市政府: 'government',
  縣政府: 'government',
  府: 'government',
  局處: 'bureau',
  局: 'bureau',
  處: 'bureau',
  機關: 'agency',
  學校: 'school',
  區公所: 'district',
  鄉鎮市公所: 'district',
  其他: 'other',
};

export const PROVIDER_KINDS = ['internal', 'contracted'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** F/M/X as recorded; U = not recorded (anonymous contacts often are). */
export const GENDERS = ['F', 'M', 'X', 'U'] as const;
export type Gender = (typeof GENDERS)[number];

/** 一般 / 關懷 / 高風險 / 危機: the level as the desk sees it; the reasoning is clinical and lives elsewhere. */
export const RISK_LEVELS = ['general', 'concern', 'high', 'crisis'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const CASE_STATUSES = ['intake', 'active', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CONSENT_KINDS = [
  'informed',
  'service',
  'managerAttendance',
  'referral',
  'recording',
] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];
export const CONSENT_STATUSES = ['given', 'refused'] as const;
export const CONSENT_FORMS = ['written', 'oral', 'none'] as const;
/** The derived state of the service consent on a given day. */
export const SERVICE_CONSENT_STATES = ['given', 'refused', 'withdrawn', 'expired', 'none'] as const;
export type ServiceConsentState = (typeof SERVICE_CONSENT_STATES)[number];
