import { queryOptions } from '@tanstack/react-query';
import { call } from '../../lib/api';

/** Whose calendar: an in-house counsellor's account, or a provider (optionally one of its counsellors). */
export type CalendarOwner =
  | { readonly kind: 'counsellor'; readonly id: string }
  | { readonly kind: 'provider'; readonly id: string; readonly counsellorId?: string | undefined };

/**
 * Appointments are logistics (SECURITY.md §4): keys start with 'appointments', so db.changed
 * {domains: ['appointments']} after a booking elsewhere refreshes every open calendar.
 */
export const appointmentQueries = {
  calendar: (owner: CalendarOwner, from: string, to: string) =>
    queryOptions({
      queryKey: ['appointments', 'calendar', owner, from, to] as const,
      queryFn: () =>
        call(
          'appointments.calendar',
          owner.kind === 'counsellor'
            ? { counsellorId: owner.id, from, to }
            : {
                providerId: owner.id,
                ...(owner.counsellorId ? { providerCounsellorId: owner.counsellorId } : {}),
                from,
                to,
              },
        ),
    }),
  forCase: (caseId: string) =>
    queryOptions({
      queryKey: ['appointments', 'case', caseId] as const,
      queryFn: () => call('appointments.forCase', { caseId }),
    }),
  attendanceNote: (id: string) =>
    queryOptions({
      queryKey: ['appointments', 'attendanceNote', id] as const,
      queryFn: () => call('appointments.attendanceNote', { id }),
      // Each fetch is an audited print: fetch once per visit to the print view.
      staleTime: Number.POSITIVE_INFINITY,
      gcTime: 0,
    }),
};
