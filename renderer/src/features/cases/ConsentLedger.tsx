import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../lib/errors';
import type { CaseDetail } from '../../../../shared/ipc/schemas/cases';
import { useDateFormatter } from '../../lib/format';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/Card';
import { SortableTable, type Column } from '../../ui/SortableTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { CONSENT_KIND_KEYS, SERVICE_CONSENT } from './case-words';
import { ConsentRecordDialog, FORM_KEYS } from './ConsentRecordDialog';
import { WithdrawConsentDialog } from './WithdrawConsentDialog';

type Consent = CaseDetail['consents'][number];

/**
 * 同意紀錄: the derived state for today (informed, service consent, the referring manager told
 * of attendance), then every entry as recorded, with record and withdraw.
 */
export function ConsentLedger({
  c,
  canWrite,
  onChanged,
}: {
  readonly c: CaseDetail;
  readonly canWrite: boolean;
  readonly onChanged: (message: Message) => void;
}) {
  const { t } = useTranslation();
  const formatDate = useDateFormatter();
  const [recording, setRecording] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const state = c.consentState;
  const service = SERVICE_CONSENT[state.service];
  const none = <span className="muted">—</span>;

  const columns: Column<Consent>[] = [
    { id: 'kind', header: t('cases.consent.kind'), cell: (x) => t(CONSENT_KIND_KEYS[x.kind]) },
    {
      id: 'status',
      header: t('cases.consent.status'),
      cell: (x) =>
        x.withdrawnOn ? (
          <StatusBadge tone="warning">
            {t('cases.consent.withdrawnOnValue', { date: formatDate(x.withdrawnOn) })}
          </StatusBadge>
        ) : x.status === 'given' ? (
          <StatusBadge tone="ok">{t('ref.consentStatus.given')}</StatusBadge>
        ) : (
          <StatusBadge tone="danger">{t('ref.consentStatus.refused')}</StatusBadge>
        ),
    },
    {
      id: 'form',
      header: t('cases.consent.form'),
      cell: (x) => (
        <>
          {t(FORM_KEYS[x.form])}
          {x.reference ? (
            <span className="muted small">
              {' '}
              {t('cases.consent.referenceValue', { reference: x.reference })}
            </span>
          ) : null}
          {x.witness ? (
            <span className="muted small">
              {' '}
              {t('cases.consent.witnessValue', { witness: x.witness })}
            </span>
          ) : null}
        </>
      ),
    },
    { id: 'scope', header: t('intake.consent.scope'), cell: (x) => x.scope ?? none },
    {
      id: 'givenOn',
      header: t('cases.consent.givenOn'),
      cell: (x) => <span className="nowrap">{formatDate(x.givenOn)}</span>,
      sortValue: (x) => x.givenOn,
    },
    {
      id: 'expiresOn',
      header: t('intake.consent.expires'),
      cell: (x) => (x.expiresOn ? <span className="nowrap">{formatDate(x.expiresOn)}</span> : none),
    },
    { id: 'by', header: t('cases.history.by'), cell: (x) => x.recordedBy.displayName },
    ...(canWrite
      ? [
          {
            id: 'actions',
            header: t('clients.column.actions'),
            hideHeader: true,
            cell: (x: Consent) =>
              x.status === 'given' && !x.withdrawnOn ? (
                <span className="row-actions">
                  <button
                    type="button"
                    className="button row-button"
                    onClick={() => setWithdrawing(x)}
                    aria-label={t('ui.rowAction', {
                      action: t('cases.consent.withdraw'),
                      name: `${t(CONSENT_KIND_KEYS[x.kind])} ${formatDate(x.givenOn)}`,
                    })}
                  >
                    {t('cases.consent.withdraw')}
                  </button>
                </span>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <section aria-labelledby="case-consent" className="consent-ledger" data-testid="consent-ledger">
      <div className="section-head">
        <h2 id="case-consent" className="section-title">
          {t('cases.consent.title')}
        </h2>
        {canWrite ? (
          <Button onClick={() => setRecording(true)}>{t('cases.consent.record')}</Button>
        ) : null}
      </div>
      <p className="badges consent-state" data-testid="consent-state">
        <span className="muted small">
          {t('cases.consent.stateOn', { date: formatDate(c.consentStateOn) })}
        </span>
        <StatusBadge tone={state.informed ? 'ok' : 'neutral'}>
          {state.informed ? t('cases.consent.informedYes') : t('cases.consent.informedNo')}
        </StatusBadge>
        <StatusBadge tone={service.tone}>
          {t('cases.consent.serviceState', { state: t(service.key) })}
        </StatusBadge>
        {state.managerAttendance ? (
          <StatusBadge tone="info">{t('cases.consent.managerAttendanceYes')}</StatusBadge>
        ) : null}
      </p>
      {c.consents.length === 0 ? (
        <EmptyState>{t('cases.consent.empty')}</EmptyState>
      ) : (
        <SortableTable
          caption={t('cases.consent.title')}
          columns={columns}
          rows={c.consents}
          rowKey={(x) => x.id}
          countText={t('cases.history.count', { count: c.consents.length })}
          sortLabel={(header) => t('ui.table.sortBy', { column: header })}
          testId="consent-table"
        />
      )}
      {recording ? (
        <ConsentRecordDialog
          caseId={c.id}
          onClose={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            onChanged({ key: 'cases.consent.recorded' });
          }}
        />
      ) : null}
      {withdrawing ? (
        <WithdrawConsentDialog
          consentId={withdrawing.id}
          kindLabel={t(CONSENT_KIND_KEYS[withdrawing.kind])}
          onClose={() => setWithdrawing(null)}
          onDone={() => {
            setWithdrawing(null);
            onChanged({ key: 'cases.consent.withdrawn' });
          }}
        />
      ) : null}
    </section>
  );
}
