import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import { requireCase } from '../cases/cases.service';
import { runAction } from '../reference/action';
import { caseAppointmentRows } from './appointments.repo';
import { attendanceNote, book, calendar, cancel, move, setStatus } from './appointments.service';

export const appointmentsHandlers = (deps: CoreDeps) =>
  ({
    'appointments.calendar': (_ctx, input) => ({
      appointments: calendar(deps.sessions.requireDb(), input),
    }),
    'appointments.forCase': (ctx, input) => {
      const db = deps.sessions.requireDb();
      requireCase(ctx, db, input.caseId);
      return { appointments: caseAppointmentRows(db, input.caseId) };
    },
    'appointments.book': (ctx, input) =>
      runAction(deps, ['appointments', 'quota'], (a) => book(ctx, a, input)),
    'appointments.cancel': (ctx, input) =>
      runAction(deps, ['appointments', 'quota'], (a) => cancel(ctx, a, input.id, input.on)),
    'appointments.setStatus': (ctx, input) => {
      runAction(deps, ['appointments', 'quota'], (a) => setStatus(ctx, a, input));
      return {};
    },
    'appointments.move': (ctx, input) =>
      runAction(deps, ['appointments', 'quota'], (a) => move(ctx, a, input)),
    // A print is audited (SECURITY.md §5), ids only; like cases.get, it also runs read-only.
    'appointments.attendanceNote': (ctx, input) => {
      const note = attendanceNote(ctx, deps.sessions.requireDb(), input.id, deps.clock.now());
      deps.sessions.audit('appointment.attendanceNotePrinted', {
        type: 'appointment',
        id: input.id,
      });
      return note;
    },
  }) satisfies Pick<
    Handlers,
    | 'appointments.calendar'
    | 'appointments.forCase'
    | 'appointments.book'
    | 'appointments.cancel'
    | 'appointments.setStatus'
    | 'appointments.move'
    | 'appointments.attendanceNote'
  >;
