import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentRow } from '../../../../shared/ipc/schemas/appointments';
import { useErrorText } from '../../lib/errors';
import { useDateFormatter } from '../../lib/format';
import { useOfficeToday } from '../app/useOfficeToday';
import { Button } from '../../ui/Button';
import { Card, EmptyState } from '../../ui/Card';
import { RowButton } from '../../ui/RowButton';
import { SortableTable } from '../../ui/SortableTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { APPOINTMENT_STATUS, MODE_KEYS } from './appointment-words';
import { AppointmentDialog } from './AppointmentDialog';
import { appointmentQueries, type CalendarOwner } from './appointments.queries';
import { BookingDialog } from './BookingDialog';
import { MoveDialog } from './MoveDialog';

/**
 * A case's appointments (newest first) with "預約晤談" for this case. Small enough to sit on
 * the case page; also the heart of /appointments/case/:id.
 */
export function CaseAppointments({
  caseId,
  clientId,
  caseNumber,
  owner,
  canBook,
}: {
  readonly caseId: string;
  readonly clientId: string;
  readonly caseNumber: string;
  /** The case's counsellor or provider, offered first when booking. */
  readonly owner: CalendarOwner | null;
  readonly canBook: boolean;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const date = useDateFormatter();
  const officeToday = useOfficeToday();
  const q = useQuery(appointmentQueries.forCase(caseId));
  const [opened, setOpened] = useState<string | null>(null);
  const [booking, setBooking] = useState(false);
  const [moving, setMoving] = useState<AppointmentRow | null>(null);
  const rows = q.data?.appointments ?? [];
  const who = (a: AppointmentRow) =>
    a.counsellor?.displayName ??
    [a.provider?.name, a.providerCounsellor?.name].filter(Boolean).join(' · ');
  const current = rows.find((r) => r.id === opened);
  return (
    <Card title={t('appt.case.title')} testId="case-appointments">
      {canBook ? (
        <div className="form-actions">
          <Button variant="primary" onClick={() => setBooking(true)}>
            {t('appt.book.action')}
          </Button>
        </div>
      ) : null}
      {q.isError ? (
        <p className="form-error">{errorText(q.error)}</p>
      ) : !q.data ? (
        <p className="status-text">{t('common.loading')}</p>
      ) : rows.length === 0 ? (
        <EmptyState>{t('appt.case.empty')}</EmptyState>
      ) : (
        <SortableTable
          caption={t('appt.case.title')}
          rows={rows}
          rowKey={(r) => r.id}
          countText={t('appt.case.count', { count: rows.length })}
          sortLabel={(column) => t('ui.table.sortBy', { column })}
          columns={[
            {
              id: 'when',
              header: t('appt.field.when'),
              sortValue: (r) => r.startsAt,
              cell: (r) => (
                <button
                  type="button"
                  className="link-button nowrap"
                  onClick={() => setOpened(r.id)}
                >
                  {date(r.date)} {r.start}–{r.end}
                </button>
              ),
            },
            { id: 'who', header: t('appt.field.ownerBooking'), cell: who },
            { id: 'mode', header: t('appt.field.mode'), cell: (r) => t(MODE_KEYS[r.mode]) },
            {
              id: 'status',
              header: t('appt.field.status'),
              cell: (r) => (
                <StatusBadge tone={APPOINTMENT_STATUS[r.status].tone}>
                  {t(APPOINTMENT_STATUS[r.status].key)}
                </StatusBadge>
              ),
            },
            ...(canBook
              ? [
                  {
                    id: 'actions',
                    header: t('appt.case.actions'),
                    hideHeader: true,
                    cell: (r: AppointmentRow) =>
                      r.status === 'booked' ? (
                        <RowButton
                          label={t('appt.action.moveShort')}
                          name={`${date(r.date)} ${r.start}`}
                          onClick={() => setMoving(r)}
                        />
                      ) : null,
                  },
                ]
              : []),
          ]}
          testId="case-appointments-table"
        />
      )}
      {current ? <AppointmentDialog appointment={current} onClose={() => setOpened(null)} /> : null}
      {moving ? (
        <MoveDialog
          appointment={moving}
          onClose={() => setMoving(null)}
          onMoved={() => setMoving(null)}
        />
      ) : null}
      {booking ? (
        <BookingDialog
          preset={{
            date: officeToday,
            owner,
            fixedCase: { caseId, clientId, caseNumber },
          }}
          onClose={() => setBooking(false)}
        />
      ) : null}
    </Card>
  );
}
