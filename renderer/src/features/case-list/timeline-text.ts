import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_KIND_KEYS, RISK, STATUS } from '../cases/case-words';
import { useRefData } from '../reference/ref-labels';
import type { TimelineEvent } from './timeline';

export interface TimelineText {
  readonly title: string;
  /** One more line of logistics (a channel, a reason code's label); never free text. */
  readonly detail: string;
}

/** Words for each kind of event, in the person's language; shared by the page and the printout. */
export function useTimelineText(): (e: TimelineEvent) => TimelineText {
  const { t } = useTranslation();
  const ref = useRefData();
  return useCallback(
    (e: TimelineEvent): TimelineText => {
      switch (e.kind) {
        case 'opened':
          return { title: t('timeline.opened'), detail: ref.label('channel', e.channel) };
        case 'status':
          return {
            title: t('timeline.status', {
              from: e.from ? t(STATUS[e.from].key) : '—',
              to: t(STATUS[e.to].key),
            }),
            detail: e.reason ? ref.label('closingReason', e.reason) : '',
          };
        case 'risk':
          return {
            title: t(e.first ? 'timeline.riskFirst' : 'timeline.risk', {
              level: t(RISK[e.level].key),
            }),
            detail: '',
          };
        case 'consent':
          return {
            title: t('timeline.consent', { kind: t(CONSENT_KIND_KEYS[e.consentKind]) }),
            detail: t(
              e.status === 'given' ? 'ref.consentStatus.given' : 'ref.consentStatus.refused',
            ),
          };
        case 'consentWithdrawn':
          return {
            title: t('timeline.consentWithdrawn', { kind: t(CONSENT_KIND_KEYS[e.consentKind]) }),
            detail: '',
          };
        case 'contact':
          return {
            title: t('timeline.contact', { channel: ref.label('channel', e.channel) }),
            detail:
              e.minutes === null
                ? ref.label('serviceItem', e.serviceItem)
                : t('timeline.contactDetail', {
                    item: ref.label('serviceItem', e.serviceItem),
                    minutes: e.minutes,
                  }),
          };
      }
    },
    [t, ref],
  );
}
