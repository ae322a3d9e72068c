import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useErrorText } from '../../lib/errors';
import { formatDateTime, formatRocLong } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { useSession } from '../auth/auth.queries';
import { appointmentQueries } from './appointments.queries';
import { LEAVE_KEYS } from './appointment-words';
import './print.css';

/**
 * 出席證明: one appointment, for the client to hand in themselves (DOMAIN.md: never a list to
 * the personnel section). The leave wording is the city's (公出 / 公假 / 依請假規則). Opening
 * this view is the audited print; the window title carries no name (SECURITY.md §4).
 */
export function AttendanceNotePage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { id = '' } = useParams();
  const session = useSession();
  const q = useQuery(appointmentQueries.attendanceNote(id));
  const note = q.data;
  return (
    <Page title={t('attendanceNote.title')} description={t('appt.note.description')}>
      <div className="page-toolbar no-print">
        <Link to="/appointments">{t('appt.note.back')}</Link>
        <Button variant="primary" disabled={!note} onClick={() => window.print()}>
          {t('appt.note.print')}
        </Button>
      </div>
      {q.isError ? (
        <Notice tone="error" title={t('appt.note.failed')}>
          <p>{errorText(q.error)}</p>
        </Notice>
      ) : !note ? (
        <p className="status-text">{t('common.loading')}</p>
      ) : (
        <div className="print-sheet a4-sheet" data-testid="attendance-note">
          <p className="a4-org">{note.organisationName}</p>
          <h2 className="a4-title">{t('attendanceNote.title')}</h2>
          <p className="a4-body">
            {t('appt.note.body', {
              name: note.clientName,
              date: formatRocLong(note.date),
              start: note.start,
              end: note.end,
            })}
          </p>
          <p className="a4-body">
            {note.leaveType
              ? t('appt.note.leave', { leave: t(LEAVE_KEYS[note.leaveType]) })
              : t('appt.note.noLeave')}
          </p>
          <p className="a4-body">{t('appt.note.clientOnly')}</p>
          <footer className="a4-footer">
            <p>{t('appt.print.pdpa')}</p>
            <p>
              {t('appt.print.printedBy', {
                name: session.displayName,
                at: formatDateTime(note.printedAt),
              })}
            </p>
            <p>{t('appt.print.page', { page: 1, pages: 1 })}</p>
          </footer>
        </div>
      )}
    </Page>
  );
}
