import { useMutation } from '@tanstack/react-query';
import { call } from '../../lib/api';

export type StatusTarget = 'completed' | 'noShow' | 'declinedByCounsellor' | 'endedByClient';

/** Cancel (core decides in time vs late) and the other status changes of a booked appointment. */
export function useAppointmentActions(id: string) {
  const cancel = useMutation({ mutationFn: () => call('appointments.cancel', { id }) });
  const setStatus = useMutation({
    mutationFn: ({ to, reason }: { to: StatusTarget; reason?: string }) =>
      call('appointments.setStatus', { id, to, ...(reason ? { reason } : {}) }),
  });
  return { cancel, setStatus };
}
