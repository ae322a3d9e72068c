import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useDateFormatter, useDateTimeFormatter } from '../../lib/format';
import { useOfficeToday } from '../app/useOfficeToday';
import { useErrorText } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { useSession } from '../auth/auth.queries';
import { clientQueries } from '../clients/clients.queries';
import { contactQueries } from '../contacts/contacts.queries';
import { referenceQueries } from '../reference/reference.queries';
import { emptyIntake, type IntakeValues } from './intake-form';
import { IntakeForm, type IntakeContext } from './IntakeForm';
import { useFormDraft } from './useFormDraft';
import '../cases/case-work.css';

export const INTAKE_DRAFT_KEY = 'cases.intake';
const DRAFT_VERSION = 1;

interface IntakeDraft {
  readonly values: IntakeValues;
  readonly contactId: string | null;
  readonly clientName: string | null;
  readonly clientFixed: boolean;
}

/**
 * 開案 (/cases/new). `?client=` opens a case for a person found or registered; `?contact=`
 * turns a contact into a case, taking its date, channel, facet, service item and client.
 * An unfinished form (kept through a lock) is offered back first.
 */
export function IntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const formatDate = useDateFormatter();
  const officeToday = useOfficeToday();
  const formatDateTime = useDateTimeFormatter();
  const session = useSession();
  const [params] = useSearchParams();
  const clientParam = params.get('client');
  const contactParam = params.get('contact');
  const refs = useQuery(referenceQueries.all());
  const contact = useQuery({
    ...contactQueries.detail(contactParam ?? ''),
    enabled: contactParam !== null,
  });
  // A contact names its client, or (anonymous) takes the one just found or registered.
  const clientId = contact.data?.contact.clientId ?? clientParam;
  const client = useQuery({ ...clientQueries.detail(clientId ?? ''), enabled: clientId !== null });
  const draft = useFormDraft<IntakeDraft>(INTAKE_DRAFT_KEY, DRAFT_VERSION);
  const [restored, setRestored] = useState<IntakeDraft | null>(null);

  const today = formatDate(officeToday);
  const c = contact.data?.contact;
  const fromContact: IntakeDraft | null =
    contactParam === null
      ? null
      : c
        ? {
            values: {
              ...emptyIntake(today, session.accountId),
              clientId,
              requestedOn: formatDate(c.occurredOn),
              channel: c.channel,
              facets: c.facet ? [c.facet] : [],
              serviceItem: c.serviceItem,
              consentOn: today,
            },
            contactId: c.id,
            clientName: c.clientName ?? client.data?.client.name ?? null,
            clientFixed: c.clientId !== null,
          }
        : null;
  const fresh: IntakeDraft = fromContact ?? {
    values: { ...emptyIntake(today, session.accountId), clientId },
    contactId: null,
    clientName: client.data?.client.name ?? null,
    clientFixed: false,
  };
  const start = restored ?? fresh;

  const { schedule } = draft;
  const onDraft = useCallback(
    (values: IntakeValues, clientName: string | null) =>
      schedule({
        values,
        contactId: start.contactId,
        clientName,
        clientFixed: start.clientFixed,
      }),
    [schedule, start.contactId, start.clientFixed],
  );

  const loading =
    refs.isPending ||
    draft.loading ||
    (contactParam !== null && contact.isPending) ||
    (clientId !== null && client.isPending);
  const failed = refs.error ?? contact.error ?? client.error;
  const context: IntakeContext = {
    contactId: start.contactId,
    clientName: start.clientName,
    clientFixed: start.clientFixed,
  };

  return (
    <Page title={t('intake.title')} description={t('intake.description')}>
      {c?.caseId ? (
        <Notice tone="info" title={t('errors.contactAlreadyConverted')}>
          <p>
            <Link to={`/cases/${c.caseId}`}>
              {t('intake.openConverted', { number: c.caseNumber ?? '' })}
            </Link>
          </p>
        </Notice>
      ) : failed ? (
        <Notice tone="error" title={t('intake.loadFailed')}>
          <p>{errorText(failed)}</p>
        </Notice>
      ) : loading ? (
        <p role="status" className="status-text">
          {t('common.loading')}
        </p>
      ) : draft.offered ? (
        <div className="card draft-offer" role="region" aria-labelledby="draft-offer-title">
          <h2 className="card-title" id="draft-offer-title">
            {t('intake.draft.title')}
          </h2>
          <p>
            {t('intake.draft.body', { when: formatDateTime(draft.offered.updatedAt) })}
            {draft.offered.payload.clientName
              ? ` ${t('intake.draft.client', { name: draft.offered.payload.clientName })}`
              : ''}
          </p>
          <div className="form-actions">
            <Button
              variant="primary"
              autoFocus
              onClick={() => {
                const kept = draft.offered?.payload;
                // Back from registering the person: the draft gets the client it was waiting for.
                setRestored(
                  kept && kept.values.clientId === null && !kept.clientFixed && clientId
                    ? {
                        ...kept,
                        values: { ...kept.values, clientId },
                        clientName: client.data?.client.name ?? null,
                      }
                    : (kept ?? null),
                );
                draft.restore();
              }}
            >
              {t('intake.draft.continue')}
            </Button>
            <Button onClick={draft.discard}>{t('intake.draft.discard')}</Button>
          </div>
        </div>
      ) : (
        <>
          {start.contactId && c ? (
            <p className="page-notice muted">
              {t('intake.fromContact', { date: formatDate(c.occurredOn) })}
            </p>
          ) : null}
          <IntakeForm
            key={restored ? 'restored' : 'fresh'}
            defaults={start.values}
            context={context}
            onDraft={onDraft}
            onCancel={() => {
              draft.discard();
              void navigate(clientId ? `/clients/${clientId}` : '/clients');
            }}
            onSaved={(created) => {
              draft.clear();
              void navigate(`/cases/${created.id}`, {
                state: { createdNumber: created.caseNumber },
              });
            }}
          />
          {draft.savedAt ? (
            <p className="muted small draft-status">
              {t('intake.draft.saved', { when: formatDateTime(draft.savedAt) })}
            </p>
          ) : null}
        </>
      )}
    </Page>
  );
}
