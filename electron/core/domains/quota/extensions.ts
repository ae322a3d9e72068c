import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  extensionDecideInput,
  extensionRequestInput,
  extensionRow,
} from '../../../../shared/ipc/schemas/quota';
import type { Db } from '../../db/open';
import { AppError } from '../../errors';
import { requireClient } from '../clients/clients.service';
import type { Action } from '../reference/action';
import { personMembers } from './quota.calc';
import { ruleFor, rulesForYear } from './quota-settings';

/**
 * Extensions (延長補助時數): "得經專業人員評估後，至多延長 3小時" (Keelung). The desk or a
 * counsellor asks; a counsellor decides, with the reason on record. Stored against the person's
 * record (personKey root), and counted over every merged record, so a later merge keeps them.
 */
export function requestExtension(
  a: Action,
  input: z.output<typeof extensionRequestInput>,
): { id: string } {
  requireClient(a.db, input.clientId);
  const root = personMembers(a.db, input.clientId)[0] ?? input.clientId;
  const id = randomUUID();
  a.db
    .prepare(
      `INSERT INTO quota_extension (id, client_id, plan_year, minutes, reason, status, requested_by, requested_at, installation_id)
       VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?)`,
    )
    .run(
      id,
      root,
      input.year,
      Math.round(input.hours * 60),
      input.reason,
      a.actorId,
      a.at,
      a.installationId,
    );
  a.audit(
    'quota.extensionRequested',
    { type: 'quotaExtension', id },
    { clientId: root, year: input.year },
  );
  return { id };
}

interface ExtensionDbRow {
  readonly id: string;
  readonly client_id: string;
  readonly client_name: string;
  readonly plan_year: number;
  readonly minutes: number;
  readonly reason: string;
  readonly status: 'pending' | 'approved' | 'declined';
  readonly approved_minutes: number | null;
  readonly requested_by: string;
  readonly requested_by_name: string;
  readonly requested_at: number;
  readonly decided_by: string | null;
  readonly decided_by_name: string | null;
  readonly decision_reason: string | null;
}

const SELECT = `
  SELECT e.*, c.name AS client_name, r.display_name AS requested_by_name, d.display_name AS decided_by_name
  FROM quota_extension e JOIN client c ON c.id = e.client_id JOIN account r ON r.id = e.requested_by
  LEFT JOIN account d ON d.id = e.decided_by`;

const toRow = (e: ExtensionDbRow): z.output<typeof extensionRow> => ({
  id: e.id,
  client: { id: e.client_id, name: e.client_name },
  year: e.plan_year,
  hours: e.minutes / 60,
  reason: e.reason,
  status: e.status,
  approvedHours: e.approved_minutes === null ? null : e.approved_minutes / 60,
  requestedBy: { id: e.requested_by, displayName: e.requested_by_name },
  requestedAt: e.requested_at,
  decidedBy: e.decided_by ? { id: e.decided_by, displayName: e.decided_by_name ?? '' } : null,
  decisionReason: e.decision_reason,
});

export function pendingExtensions(db: Db): z.output<typeof extensionRow>[] {
  return (
    db
      .prepare(`${SELECT} WHERE e.status = 'pending' ORDER BY e.requested_at, e.id LIMIT 500`)
      .all() as ExtensionDbRow[]
  ).map(toRow);
}

export function decideExtension(
  a: Action,
  input: z.output<typeof extensionDecideInput>,
): { status: 'approved' | 'declined'; approvedHours: number | null } {
  const row = a.db.prepare(`${SELECT} WHERE e.id = ?`).get(input.id) as ExtensionDbRow | undefined;
  if (!row) throw new AppError('NOT_FOUND');
  if (row.status !== 'pending') throw new AppError('CONFLICT', { key: 'errors.extensionDecided' });
  let approved: number | null = null;
  if (input.approve) {
    const members = personMembers(a.db, row.client_id);
    const category = a.db
      .prepare('SELECT category_code FROM client WHERE id = ?')
      .pluck()
      .get(members[0] ?? row.client_id) as string | null;
    const rule = ruleFor(rulesForYear(a.db, row.plan_year).rules, category);
    const already = a.db
      .prepare(
        `SELECT COALESCE(SUM(approved_minutes), 0) FROM quota_extension
         WHERE status = 'approved' AND plan_year = ? AND client_id IN (${members.map(() => '?').join(',')})`,
      )
      .pluck()
      .get(row.plan_year, ...members) as number;
    const room = Math.max(0, rule.extensionMinutes - already);
    if (room === 0) throw new AppError('CONFLICT', { key: 'errors.extensionCapReached' });
    approved = Math.min(
      input.hours !== undefined ? Math.round(input.hours * 60) : row.minutes,
      room,
    );
  }
  const status = input.approve ? 'approved' : 'declined';
  a.db
    .prepare(
      'UPDATE quota_extension SET status = ?, approved_minutes = ?, decided_by = ?, decided_at = ?, decision_reason = ?, installation_id = ? WHERE id = ?',
    )
    .run(status, approved, a.actorId, a.at, input.reason, a.installationId, row.id);
  a.audit(
    'quota.extensionDecided',
    { type: 'quotaExtension', id: row.id },
    { status, minutes: approved ?? 0 },
  );
  return { status, approvedHours: approved === null ? null : approved / 60 };
}
