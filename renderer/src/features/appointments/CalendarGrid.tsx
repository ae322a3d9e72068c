import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentRow } from '../../../../shared/ipc/schemas/appointments';
import { formatRocLong } from '../../lib/format';
import { useOfficeToday } from '../app/useOfficeToday';
import { StatusBadge } from '../../ui/StatusBadge';
import { APPOINTMENT_STATUS, MODE_KEYS } from './appointment-words';
import { gridBounds, isAfterHours, minutesOf, timeOf, weekdayOf } from './calendar-dates';
import './calendar.css';

const ROW_REM = 4; // one hour: room for time, case number, name, mode and status

/**
 * The time grid: one column per day, one row per hour (08:00–21:00, widened for after-hours
 * appointments), the hours outside office hours shaded and labelled. Keyboard: one tab stop;
 * ↑ ↓ move through a day's hours and appointments, ← → to the same time on the next day,
 * Home / End to the day's first and last, Enter opens (an appointment) or books (an hour).
 */
export function CalendarGrid({
  days,
  appointments,
  showNames,
  workingHours,
  onOpen,
  onBook,
}: {
  readonly days: readonly string[];
  readonly appointments: readonly AppointmentRow[];
  readonly showNames: boolean;
  readonly workingHours: { readonly start: string; readonly end: string };
  readonly onOpen: (a: AppointmentRow) => void;
  readonly onBook: ((date: string, start: string) => void) | null;
}) {
  const { t } = useTranslation();
  const { start, end } = gridBounds(appointments);
  const hours = Array.from({ length: (end - start) / 60 }, (_, i) => start + i * 60);
  const today = useOfficeToday();
  const weekdays = t('appt.weekdays').split(',');

  return (
    <div
      className="calendar"
      style={{ gridTemplateColumns: `4rem repeat(${days.length}, minmax(0, 1fr))` }}
      onKeyDown={moveFocus}
      data-testid="calendar-grid"
    >
      <div className="calendar-corner" aria-hidden="true" />
      {days.map((d) => (
        <h2 key={d} className="calendar-day-head" data-today={d === today || undefined}>
          <span>{weekdays[weekdayOf(d)]}</span> <span className="nowrap">{formatRocLong(d)}</span>
          {d === today ? <span className="calendar-today">{t('appt.today')}</span> : null}
        </h2>
      ))}
      <div className="calendar-hours" aria-hidden="true">
        {hours.map((h) => (
          <div key={h} className="calendar-hour-label" style={{ height: `${ROW_REM}rem` }}>
            {timeOf(h)}
          </div>
        ))}
      </div>
      {days.map((d, dayIndex) => {
        const own = appointments.filter((a) => a.date === d);
        return (
          <section
            key={d}
            className="calendar-day"
            aria-label={`${weekdays[weekdayOf(d)] ?? ''} ${formatRocLong(d)}`}
            style={{ height: `${hours.length * ROW_REM}rem` }}
          >
            {hours.map((h, i) => {
              const after = isAfterHours(h, workingHours.start, workingHours.end);
              const label = `${formatRocLong(d)} ${timeOf(h)}${after ? ` ${t('appt.afterHoursShort')}` : ''}`;
              return onBook ? (
                <button
                  key={h}
                  type="button"
                  className="calendar-slot"
                  data-after-hours={after || undefined}
                  data-cell=""
                  data-day={dayIndex}
                  data-minute={h}
                  tabIndex={dayIndex === 0 && i === 0 && own.length === 0 ? 0 : -1}
                  style={{ top: `${i * ROW_REM}rem`, height: `${ROW_REM}rem` }}
                  aria-label={t('appt.bookAt', { when: label })}
                  onClick={() => onBook(d, timeOf(h))}
                >
                  {after ? (
                    <span className="calendar-after-mark">{t('appt.afterHoursShort')}</span>
                  ) : null}
                </button>
              ) : (
                <div
                  key={h}
                  className="calendar-slot"
                  data-after-hours={after || undefined}
                  style={{ top: `${i * ROW_REM}rem`, height: `${ROW_REM}rem` }}
                />
              );
            })}
            {own.map((a, i) => {
              const top = ((minutesOf(a.start) - start) / 60) * ROW_REM;
              const height = Math.max((a.minutes / 60) * ROW_REM, 1.5);
              const status = APPOINTMENT_STATUS[a.status];
              return (
                <button
                  key={a.id}
                  type="button"
                  className="calendar-appt"
                  data-status={a.status}
                  data-cell=""
                  data-day={dayIndex}
                  data-minute={minutesOf(a.start)}
                  tabIndex={dayIndex === 0 && i === 0 ? 0 : -1}
                  style={{ top: `${top}rem`, height: `${height}rem` }}
                  onClick={() => onOpen(a)}
                  data-testid="calendar-appointment"
                >
                  <span className="calendar-appt-time">
                    {a.start}–{a.end}
                  </span>{' '}
                  <span className="mono">{a.caseNumber}</span>
                  {showNames ? <span className="calendar-appt-name"> {a.client.name}</span> : null}
                  <span className="calendar-appt-meta">
                    {t(MODE_KEYS[a.mode])}{' '}
                    <StatusBadge tone={status.tone}>{t(status.key)}</StatusBadge>
                  </span>
                </button>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}

/** Roving focus over `[data-cell]`: the cells of a day ordered by time. */
function moveFocus(e: KeyboardEvent<HTMLDivElement>): void {
  const from = e.target as HTMLElement;
  if (!from.matches('[data-cell]')) return;
  const cells = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-cell]')];
  const day = Number(from.dataset['day']);
  const minute = Number(from.dataset['minute']);
  const inDay = (d: number) =>
    cells
      .filter((c) => Number(c.dataset['day']) === d)
      .sort((a, b) => Number(a.dataset['minute']) - Number(b.dataset['minute']));
  const same = inDay(day);
  const at = same.indexOf(from);
  let target: HTMLElement | undefined;
  switch (e.key) {
    case 'ArrowDown':
      target = same[at + 1];
      break;
    case 'ArrowUp':
      target = same[at - 1];
      break;
    case 'Home':
      target = same[0];
      break;
    case 'End':
      target = same[same.length - 1];
      break;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const other = inDay(day + (e.key === 'ArrowRight' ? 1 : -1));
      target = other.find((c) => Number(c.dataset['minute']) >= minute) ?? other[other.length - 1];
      break;
    }
    default:
      return;
  }
  e.preventDefault();
  if (!target) return;
  for (const c of cells) c.tabIndex = -1;
  target.tabIndex = 0;
  target.focus();
}
