import { useQuery } from '@tanstack/react-query';
import type { SessionInfo } from '../../../../shared/ipc/schemas/auth';
import { call } from '../../lib/api';
import { localIsoDate } from '../../lib/format';

/** The statistics store has no office time-zone setting; their screens use no "today". */
const usesOfficeDay = (role: SessionInfo['role']): boolean => role !== 'statistics';

const todayQuery = (enabled: boolean) => ({
  queryKey: ['app', 'today'] as const,
  queryFn: () => call('app.today', {}),
  enabled,
  // The day turns at the office's midnight: ask again every minute, never stale for longer.
  staleTime: 60_000,
  refetchInterval: 60_000,
});

/**
 * Keeps the office's day loaded while someone is signed in (the shell), so forms open with it.
 * true once it is there (or not needed, or core could not say: the PC's day then stands in).
 */
export function useOfficeTodayLoader(role: SessionInfo['role']): boolean {
  const q = useQuery(todayQuery(usesOfficeDay(role)));
  return !usesOfficeDay(role) || q.isSuccess || q.isError;
}

/**
 * The office's calendar day (ISO), as core applies it to "not in the future" and "overdue" —
 * not the PC's own zone, which may be UTC. Until the first answer, the PC's day stands in.
 */
export function useOfficeToday(): string {
  const { data } = useQuery({ ...todayQuery(true), enabled: false });
  return data?.today ?? localIsoDate(new Date());
}

/** The office's year and month now (Gregorian), for year and month pickers and their defaults. */
export function useOfficeMonth(): { readonly year: number; readonly month: number } {
  const today = useOfficeToday();
  return { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
}
