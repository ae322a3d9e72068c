import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AppointmentRow } from '../../../../shared/ipc/schemas/appointments';
import { DEFAULT_WORKING_HOURS } from '../../../../shared/domain/sessions';
import { useErrorText } from '../../lib/errors';
import { formatRocLong, parseIsoDate } from '../../lib/format';
import { useOfficeToday } from '../app/useOfficeToday';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/Card';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { useSession } from '../auth/auth.queries';
import { quotaQueries } from '../quota/quota.queries';
import { AppointmentDialog } from './AppointmentDialog';
import { appointmentQueries, type CalendarOwner } from './appointments.queries';
import { BookingDialog, type BookingPreset } from './BookingDialog';
import { daysOf, stepAnchor, type CalendarView } from './calendar-dates';
import { CalendarGrid } from './CalendarGrid';
import { OwnerPicker, ownerValue, parseOwner, useOwnerOptions } from './OwnerPicker';

const isIso = (v: string | null): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * 晤談與預約: a counsellor's or a provider's calendar by day or week. What is shown lives in the
 * URL (who, view, date), so a lock and unlock return to the same week.
 */
export function CalendarPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const { options } = useOwnerOptions();
  const today = useOfficeToday();
  const view: CalendarView = params.get('view') === 'day' ? 'day' : 'week';
  const anchor = isIso(params.get('date')) ? (params.get('date') as string) : today;
  const fromUrl = parseOwner(params.get('who'));
  const pc = params.get('pc');
  const owner: CalendarOwner | null = fromUrl
    ? fromUrl.kind === 'provider' && pc
      ? { ...fromUrl, counsellorId: pc }
      : fromUrl
    : session.role === 'counsellor'
      ? { kind: 'counsellor', id: session.accountId }
      : (parseOwner(options[0]?.value ?? null) ?? null);
  const days = daysOf(view, anchor);
  const from = days[0] ?? anchor;
  const to = days[days.length - 1] ?? anchor;
  const list = useQuery({
    ...appointmentQueries.calendar(owner ?? { kind: 'counsellor', id: '' }, from, to),
    enabled: owner !== null,
  });
  const rules = useQuery(quotaQueries.rules(parseIsoDate(anchor).year));
  const working = rules.data
    ? { start: rules.data.settings.workingHoursStart, end: rules.data.settings.workingHoursEnd }
    : DEFAULT_WORKING_HOURS;
  const [opened, setOpened] = useState<AppointmentRow | null>(null);
  const [booking, setBooking] = useState<BookingPreset | null>(null);

  const go = (next: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === null) p.delete(k);
      else p.set(k, v);
    }
    setParams(p, { replace: true });
  };
  const heading =
    view === 'day'
      ? formatRocLong(anchor)
      : t('appt.weekOf', { from: formatRocLong(from), to: formatRocLong(to) });
  const rows = list.data?.appointments ?? [];

  return (
    <Page title={t('appt.calendar.title')} description={t('appt.calendar.description')}>
      <div className="calendar-toolbar">
        <OwnerPicker
          label={t('appt.field.owner')}
          value={owner}
          onChange={(o) =>
            go({ who: ownerValue(o), pc: o?.kind === 'provider' ? (o.counsellorId ?? null) : null })
          }
        />
        <div className="button-group" role="group" aria-label={t('appt.view.label')}>
          <Button aria-pressed={view === 'day'} onClick={() => go({ view: 'day' })}>
            {t('appt.view.day')}
          </Button>
          <Button aria-pressed={view === 'week'} onClick={() => go({ view: 'week' })}>
            {t('appt.view.week')}
          </Button>
        </div>
        <div className="button-group" role="group" aria-label={t('appt.nav.label')}>
          <Button onClick={() => go({ date: stepAnchor(view, anchor, -1) })}>
            {view === 'day' ? t('appt.nav.prevDay') : t('appt.nav.prevWeek')}
          </Button>
          <Button onClick={() => go({ date: null })}>{t('appt.nav.today')}</Button>
          <Button onClick={() => go({ date: stepAnchor(view, anchor, 1) })}>
            {view === 'day' ? t('appt.nav.nextDay') : t('appt.nav.nextWeek')}
          </Button>
        </div>
        <Button
          variant="primary"
          onClick={() => setBooking({ date: view === 'day' ? anchor : today, owner })}
        >
          {t('appt.book.action')}
        </Button>
      </div>
      <h2 className="calendar-period" aria-live="polite">
        {heading}
      </h2>
      {!owner ? (
        <EmptyState>{t('appt.calendar.noOwner')}</EmptyState>
      ) : list.isError ? (
        <Notice tone="error" title={t('appt.calendar.failed')}>
          <p>{errorText(list.error)}</p>
        </Notice>
      ) : (
        <>
          <p className="visually-hidden" role="status">
            {list.isPending
              ? t('common.loading')
              : t('appt.calendar.count', { count: rows.length })}
          </p>
          <CalendarGrid
            days={days}
            appointments={rows}
            showNames={session.role === 'desk' || session.role === 'counsellor'}
            workingHours={working}
            onOpen={setOpened}
            onBook={(date, start) => setBooking({ date, start, owner })}
          />
          <p className="calendar-legend">{t('appt.calendar.legend')}</p>
        </>
      )}
      {opened ? (
        <AppointmentDialog
          appointment={rows.find((r) => r.id === opened.id) ?? opened}
          onClose={() => setOpened(null)}
          onMoved={({ values }) => {
            setOpened(null);
            // Show the appointment where it now is (a week view keeps the week if it is in it).
            if (!days.includes(values.date)) go({ date: values.date });
          }}
        />
      ) : null}
      {booking ? <BookingDialog preset={booking} onClose={() => setBooking(null)} /> : null}
    </Page>
  );
}
