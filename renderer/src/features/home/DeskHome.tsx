import { FollowUps } from './FollowUps';
import { TodayAppointments } from './TodayAppointments';

/**
 * The service desk's day: today's appointments and follow-ups. Referrals and open crises join
 * it with their own features; until then no card stands in for them.
 */
export function DeskHome() {
  return (
    <div className="card-grid">
      <TodayAppointments showWho />
      <FollowUps />
    </div>
  );
}
