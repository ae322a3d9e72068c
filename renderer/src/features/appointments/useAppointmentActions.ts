import { useMutation } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/ipc/types';
import { call } from '../../lib/api';

export type StatusTarget = 'completed' | 'noShow' | 'declinedByCounsellor' | 'endedByClient';

/**
 * Cancel (core decides in time vs late), the other status changes of a booked appointment, and
 * moving it (core decides in place vs a late cancellation and a new booking).
 */
export function useAppointmentActions(id: string) {
  const cancel = useMutation({ mutationFn: () => call('appointments.cancel', { id }) });
  const setStatus = useMutation({
    mutationFn: ({ to, reason }: { to: StatusTarget; reason?: string }) =>
      call('appointments.setStatus', { id, to, ...(reason ? { reason } : {}) }),
  });
  const move = useMutation({
    mutationFn: (input: InputOf<'appointments.move'>) => call('appointments.move', input),
  });
  return { cancel, setStatus, move };
}
