import type {
  CaseStatus,
  ConsentKind,
  RiskLevel,
  ServiceConsentState,
} from '../../../../shared/domain/reference-lists';
import type { MessageKey } from '../../../../shared/i18n/index';
import type { BadgeTone } from '../../ui/StatusBadge';

/** Risk levels carry a word and a shape (○ ◆ ▲ ■), never colour alone (UX.md). */
export const RISK: Readonly<Record<RiskLevel, { key: MessageKey; tone: BadgeTone }>> = {
  general: { key: 'ref.risk.general', tone: 'neutral' },
  concern: { key: 'ref.risk.concern', tone: 'info' },
  high: { key: 'ref.risk.high', tone: 'warning' },
  crisis: { key: 'ref.risk.crisis', tone: 'danger' },
};

export const STATUS: Readonly<Record<CaseStatus, { key: MessageKey; tone: BadgeTone }>> = {
  intake: { key: 'ref.caseStatus.intake', tone: 'info' },
  active: { key: 'ref.caseStatus.active', tone: 'ok' },
  closed: { key: 'ref.caseStatus.closed', tone: 'neutral' },
};

export const SERVICE_CONSENT: Readonly<
  Record<ServiceConsentState, { key: MessageKey; tone: BadgeTone }>
> = {
  given: { key: 'ref.serviceConsent.given', tone: 'ok' },
  refused: { key: 'ref.serviceConsent.refused', tone: 'danger' },
  withdrawn: { key: 'ref.serviceConsent.withdrawn', tone: 'warning' },
  expired: { key: 'ref.serviceConsent.expired', tone: 'warning' },
  none: { key: 'ref.serviceConsent.none', tone: 'neutral' },
};

export const CONSENT_KIND_KEYS: Readonly<Record<ConsentKind, MessageKey>> = {
  informed: 'ref.consentKind.informed',
  service: 'ref.consentKind.service',
  managerAttendance: 'ref.consentKind.managerAttendance',
  referral: 'ref.consentKind.referral',
  recording: 'ref.consentKind.recording',
};
