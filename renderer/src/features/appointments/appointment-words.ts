import type { AppointmentStatus, SessionMode } from '../../../../shared/domain/sessions';
import type { LeaveType } from '../../../../shared/domain/city-presets';
import type { MessageKey } from '../../../../shared/i18n/index';
import type { BadgeTone } from '../../ui/StatusBadge';

/** Statuses as a word and a shape (the badge's ::before), never colour alone (UX.md). */
export const APPOINTMENT_STATUS: Readonly<
  Record<AppointmentStatus, { key: MessageKey; tone: BadgeTone }>
> = {
  booked: { key: 'appointmentStatus.booked', tone: 'info' },
  completed: { key: 'appointmentStatus.completed', tone: 'ok' },
  cancelledInTime: { key: 'appointmentStatus.cancelledInTime', tone: 'neutral' },
  cancelledLate: { key: 'appointmentStatus.cancelledLate', tone: 'warning' },
  noShow: { key: 'appointmentStatus.noShow', tone: 'danger' },
  declinedByCounsellor: { key: 'appointmentStatus.declinedByCounsellor', tone: 'neutral' },
  endedByClient: { key: 'appointmentStatus.endedByClient', tone: 'neutral' },
};

export const MODE_KEYS: Readonly<Record<SessionMode, MessageKey>> = {
  inPerson: 'sessionMode.inPerson',
  phone: 'sessionMode.phone',
  video: 'sessionMode.video',
};

export const LEAVE_KEYS: Readonly<Record<LeaveType, MessageKey>> = {
  officialBusiness: 'leaveType.officialBusiness',
  officialLeave: 'leaveType.officialLeave',
  leaveRules: 'leaveType.leaveRules',
};

/** Hours as people say them: 1.5, 2, 0.5 — never 1.50 or 2.0. */
export const formatHours = (h: number): string => String(Math.round(h * 100) / 100);
