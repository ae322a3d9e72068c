import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { call } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { useDateFormatter } from '../../lib/format';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { appointmentQueries } from '../appointments/appointments.queries';
import { useCaseDetail } from '../cases/cases.queries';
import { SessionFields } from './SessionFields';
import { sessionForm, toRecordInput, type SessionOutput, type SessionValues } from './session-form';
import { contractResolver } from '../../lib/form-errors';
import { useSessionDraft } from './useSessionDraft';

/**
 * 晤談紀錄 (counsellor): completes an in-house appointment. Facts are logistics; the note is
 * clinical, marked as such, saved as a sealed draft while typed and restored after a lock.
 */
export function SessionFormPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const date = useDateFormatter();
  const navigate = useNavigate();
  const { caseId = '', appointmentId = '' } = useParams();
  const kase = useCaseDetail(caseId);
  const appts = useQuery(appointmentQueries.forCase(caseId));
  const appt = appts.data?.appointments.find((a) => a.id === appointmentId);
  const defaults = useMemo<SessionValues | null>(
    () =>
      appt && kase.data
        ? {
            date: date(appt.date),
            start: appt.start,
            end: appt.end,
            mode: appt.mode,
            topics: [],
            riskLevel: kase.data.case.riskLevel,
            nextStep: '',
            recordingRequested: false,
            recordingAgreed: false,
            note: '',
          }
        : null,
    [appt, kase.data, date],
  );
  const form = useForm<SessionValues, unknown, SessionOutput>({
    resolver: contractResolver(sessionForm),
    ...(defaults ? { values: defaults, resetOptions: { keepDirtyValues: true } } : {}),
  });
  const draft = useSessionDraft(appointmentId, form, defaults);
  const [failure, setFailure] = useState<unknown>(null);
  const record = useMutation({
    mutationFn: (v: SessionOutput) => call('sessions.record', toRecordInput(appointmentId, v)),
  });
  const back = `/appointments/case/${caseId}`;
  const onSubmit = form.handleSubmit((v) => {
    setFailure(null);
    record.mutate(v, {
      onSuccess: () => {
        void draft.discard().then(() => navigate(`${back}?recorded=1`));
      },
      onError: setFailure,
    });
  });

  const failed = kase.error ?? appts.error;
  return (
    <Page title={t('session.form.title')} description={t('session.form.description')}>
      <p className="page-toolbar">
        <Link to={back}>{t('session.form.back')}</Link>
      </p>
      {failed ? (
        <Notice tone="error" title={t('session.form.loadFailed')}>
          <p>{errorText(failed)}</p>
        </Notice>
      ) : !defaults || !kase.data ? (
        <p className="status-text">
          {appts.data && !appt ? t('session.form.noAppointment') : t('common.loading')}
        </p>
      ) : appt?.status !== 'booked' ? (
        <Notice tone="info" title={t('session.form.notBooked')} />
      ) : (
        <SessionFields
          form={form}
          caseNumber={kase.data.case.caseNumber}
          facets={kase.data.case.facets}
          currentRisk={kase.data.case.riskLevel}
          draftState={draft.state}
          busy={record.isPending}
          failure={failure ? errorText(failure) : null}
          onSubmit={(e) => void onSubmit(e)}
          onCancel={() => void navigate(back)}
        />
      )}
    </Page>
  );
}
