import type { StaffCategory } from './city-presets';
import type { RefList } from './reference-lists';

/**
 * The reference items a new office starts with, from DOMAIN.md, REPORTS.md and the five plans in
 * shared/seeds (服務對象, 服務內容). Seeded once at setup (staff categories from the city preset),
 * then the administrator's to edit: nothing in code may depend on a label.
 */
export interface RefDefault {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly parent?: string;
}

/** Every staff category a preset may name; each preset seeds only its own. */
export const STAFF_CATEGORY_LABELS: Readonly<Record<StaffCategory, { zh: string; en: string }>> = {
  civilServant: { zh: '公務人員', en: 'Civil servant' },
  contract: { zh: '約聘僱人員', en: 'Contract employee' },
  technician: { zh: '技工', en: 'Technician' },
  janitor: { zh: '工友', en: 'Janitor' },
  driver: { zh: '駕駛', en: 'Driver' },
  temporary: { zh: '臨時人員', en: 'Temporary staff' },
  teacher: { zh: '教師', en: 'Teacher' },
  securityGuard: { zh: '駐衛警察', en: 'Security guard' },
  sanitation: { zh: '清潔隊員', en: 'Sanitation worker' },
  surveyAssistant: { zh: '測量助理', en: 'Survey assistant' },
};

const d = (code: string, zh: string, en: string, parent?: string): RefDefault =>
  parent ? { code, zh, en, parent } : { code, zh, en };

/** The lists that do not depend on the preset. Topics hang under the five facets (五大面向). */
export const REFERENCE_DEFAULTS: Readonly<
  Record<Exclude<RefList, 'staffCategory'>, readonly RefDefault[]>
> = {
  facet: [
    d('work', '工作面', 'Work'),
    d('life', '生活面', 'Life'),
    d('health', '健康面', 'Health'),
    d('organisation', '組織面', 'Organisation'),
    d('management', '管理面', 'Management'),
  ],
  topic: [
    d('workAdaptation', '工作適應', 'Work adaptation', 'work'),
    d('changeAdjustment', '組織變革調適', 'Adjusting to organisational change', 'work'),
    d('workLifeBalance', '工作與生活平衡', 'Work–life balance', 'work'),
    d('careerRetirement', '生涯(退休)規劃', 'Career and retirement planning', 'work'),
    d('jobRotation', '職務歷練', 'Job rotation and experience', 'work'),
    d(
      'genderIssues',
      '職場性別議題(性騷擾)',
      'Workplace gender issues (sexual harassment)',
      'work',
    ),
    d('legal', '法律', 'Legal', 'life'),
    d('finance', '財務/稅務/保險', 'Finance, tax and insurance', 'life'),
    d('marriageFamily', '婚姻與家庭', 'Marriage and family', 'life'),
    d('parenting', '親職教養', 'Parenting', 'life'),
    d('relationships', '人際關係', 'Relationships', 'life'),
    d('stress', '壓力調適', 'Stress management', 'health'),
    d('emotion', '情緒管理', 'Emotion management', 'health'),
    d('mentalHealth', '心理健康', 'Mental health', 'health'),
    d('lifeStageCrisis', '生涯各階段重大危機', 'Crises at life stages', 'health'),
    d('medical', '醫療保健', 'Medical and health care', 'health'),
    d('changeManagement', '組織變革管理', 'Change management', 'organisation'),
    d(
      'criticalIncident',
      '重大壓力事件管理',
      'Critical-incident stress management',
      'organisation',
    ),
    d('performance', '績效改善', 'Performance improvement', 'organisation'),
    d('leadership', '領導統御', 'Leadership', 'management'),
    d('interviewing', '面談技巧', 'Interviewing skills', 'management'),
    d('crisisHandling', '危機處理', 'Crisis handling', 'management'),
    d('teamBuilding', '團隊建立', 'Team building', 'management'),
    d('managerConsultation', '主管諮詢', 'Manager consultation', 'management'),
    d('warningSigns', '異常徵候敏感度', 'Sensitivity to warning signs', 'management'),
    d('referralSkills', '轉介技巧', 'Referral skills', 'management'),
  ],
  serviceItem: [
    d('counselling', '心理諮商', 'Psychological counselling'),
    d('legal', '法律諮詢', 'Legal advice'),
    d('financial', '財務諮詢', 'Financial advice'),
    d('medical', '醫療保健諮詢', 'Medical and health advice'),
    d('career', '職涯/工作適應', 'Career and work adaptation'),
    d('managerConsultation', '管理諮詢(主管諮詢)', 'Manager consultation'),
    d('crisis', '危機處理', 'Crisis intervention'),
    d('other', '其他', 'Other'),
  ],
  presentingIssue: [
    d('workStress', '工作壓力', 'Work stress'),
    d('relationships', '人際關係', 'Relationships'),
    d('emotional', '情緒困擾', 'Emotional distress'),
    d('family', '家庭/婚姻/親子', 'Family, marriage and parenting'),
    d('romance', '感情', 'Romantic relationships'),
    d('career', '生涯', 'Career'),
    d('legal', '法律', 'Legal'),
    d('financial', '財務', 'Financial'),
    d('health', '身心健康', 'Physical and mental health'),
    d('selfHarm', '自我傷害傾向', 'Risk of self-harm'),
    d('other', '其他', 'Other'),
  ],
  // REPORTS.md table 2 (個別面談, 團體, 電話, 視訊, 網路/e-mail, 資源轉介).
  channel: [
    d('phone', '電話', 'Phone'),
    d('online', '電子郵件/網路', 'E-mail or online'),
    d('inPerson', '臨櫃/面談', 'In person'),
    d('video', '視訊', 'Video call'),
    d('group', '團體', 'Group'),
    d('referral', '資源轉介', 'Resource referral'),
  ],
  caseSource: [
    d('selfReferral', '自行求助', 'Self-referral'),
    d('supervisorReferral', '主管轉介', 'Referred by a supervisor'),
    d('personnelReferral', '人事單位轉介', 'Referred by the personnel unit'),
    d('colleagueFamily', '同事/家屬', 'Colleague or family'),
    d('other', '其他', 'Other'),
  ],
  closingReason: [
    d('goalsMet', '目標達成', 'Goals met'),
    d('clientEnded', '當事人結束', 'Ended by the client'),
    d('referredElsewhere', '轉介他處', 'Referred elsewhere'),
    d('lostContact', '失聯', 'Lost contact'),
    d('leftPost', '離職/調職', 'Left or transferred'),
    d('other', '其他', 'Other'),
  ],
  specialGroup: [
    d('newStaff', '新進', 'New staff'),
    d('disability', '身心障礙', 'Person with a disability'),
    d('longTermCare', '家有長照需求', 'Family long-term care needs'),
    d('criticalIncident', '重大事件當事人', 'Involved in a critical incident'),
  ],
};
