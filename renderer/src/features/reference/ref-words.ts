import type { AgencyKind, ProviderKind, RefList } from '../../../../shared/domain/reference-lists';
import type { MessageKey } from '../../../../shared/i18n/index';

export const LIST_KEYS: Readonly<Record<RefList, MessageKey>> = {
  staffCategory: 'ref.list.staffCategory',
  facet: 'ref.list.facet',
  topic: 'ref.list.topic',
  serviceItem: 'ref.list.serviceItem',
  presentingIssue: 'ref.list.presentingIssue',
  channel: 'ref.list.channel',
  caseSource: 'ref.list.caseSource',
  closingReason: 'ref.list.closingReason',
  specialGroup: 'ref.list.specialGroup',
};

export const AGENCY_KIND_KEYS: Readonly<Record<AgencyKind, MessageKey>> = {
  government: 'ref.agencyKind.government',
  bureau: 'ref.agencyKind.bureau',
  agency: 'ref.agencyKind.agency',
  school: 'ref.agencyKind.school',
  district: 'ref.agencyKind.district',
  other: 'ref.agencyKind.other',
};

export const PROVIDER_KIND_KEYS: Readonly<Record<ProviderKind, MessageKey>> = {
  internal: 'ref.providerKind.internal',
  contracted: 'ref.providerKind.contracted',
};
