import type { Envelope } from '../../../../shared/ipc/envelope';
import { createIntakeKit, type IntakeKit } from '../cases/intake-kit';

/**
 * Test helper for appointments, sessions and quota (not product code): the intake kit (Keelung
 * preset, a desk person and a counsellor, an agency and a provider) with the clinical key created
 * by the counsellor, and shortcuts for a case assigned to that counsellor. Clock starts
 * 2025-03-05 09:00 Asia/Taipei.
 */
export interface SessionKit extends IntakeKit {
  /** A new client (civil servant unless told) with a case assigned to the kit's counsellor. */
  newCase(
    client?: Record<string, unknown>,
    kase?: Record<string, unknown>,
  ): Promise<{ clientId: string; caseId: string }>;
  /** Books an in-house appointment with the kit's counsellor. */
  book(
    caseId: string,
    date: string,
    start: string,
    end: string,
    extra?: Record<string, unknown>,
  ): Promise<Envelope<{ id: string; selfPaid: boolean; remainingHours: number }>>;
  quota(clientId: string, year?: number): Promise<QuotaView>;
  /** Audit actions (newest first) as the administrator sees them; signs the desk back in. */
  auditActions(
    action?: string,
  ): Promise<{ action: string; objectId: string | null; details: Record<string, unknown> }[]>;
}

export interface QuotaView {
  entitlementHours: number;
  extensionApprovedHours: number;
  extensionPendingHours: number;
  usedHours: number;
  bookedHours: number;
  remainingHours: number;
  selfPaidHours: number;
  byKind: {
    sessionHours: number;
    lateCancellationHours: number;
    noShowHours: number;
    providerHours: number;
  };
  rule: { baseHours: number; extensionHours: number; unitHours: number; rounding: string };
}

export const TAIPEI_9AM_2025_03_05 = Date.UTC(2025, 2, 5, 1, 0, 0);

export async function createSessionKit(start = TAIPEI_9AM_2025_03_05): Promise<SessionKit> {
  const t = await createIntakeKit(start);
  await t.loginAs('counsellor');
  const { escrowCode } = await t.kit.ok<{ escrowCode: string }>('clinical.prepareEscrow');
  await t.kit.ok('clinical.initialise', { escrowCodeConfirmation: escrowCode });
  await t.loginAs('desk');
  return {
    ...t,
    async newCase(client = {}, kase = {}) {
      const clientId = await t.newClient(client);
      const { id } = await t.kit.ok<{ id: string }>(
        'cases.create',
        t.intake(clientId, { counsellorId: t.counsellor.id, ...kase }),
      );
      return { clientId, caseId: id };
    },
    book: (caseId, date, start, end, extra = {}) =>
      t.kit.call('appointments.book', {
        caseId,
        counsellorId: t.counsellor.id,
        date,
        start,
        end,
        mode: 'inPerson',
        ...extra,
      }),
    async quota(clientId, year) {
      const res = await t.kit.ok<{ quota: QuotaView }>(
        'quota.forClient',
        year ? { clientId, year } : { clientId },
      );
      return res.quota;
    },
    async auditActions(action) {
      const me = await t.kit.ok<{ session: { username: string } | null }>('auth.session');
      await t.loginAs('admin');
      try {
        const res = await t.kit.ok<{
          entries: { action: string; objectId: string | null; details: Record<string, unknown> }[];
        }>('audit.list', action ? { action, limit: 200 } : { limit: 200 });
        return res.entries;
      } finally {
        const who = me.session?.username === t.counsellor.username ? 'counsellor' : 'desk';
        await t.loginAs(who);
      }
    },
  };
}
